package org.scrutineer.platform.pdf;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;

/**
 * The sRGB colour profile a PDF names as its output intent, so that its RGB colours mean the same everywhere (PDF/A,
 * ISO 19005-3 6.2.3). It is the one the Java runtime carries (an ICC version 2 monitor profile), so the application
 * bundles none.
 */
final class ColourProfile {
    private static final byte[] SRGB =
            ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    private ColourProfile() {}

    public static byte[] sRgb() {
        return SRGB.clone();
    }
}
