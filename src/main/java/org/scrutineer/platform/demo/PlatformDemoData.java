package org.scrutineer.platform.demo;

import org.scrutineer.platform.boards.Boards;
import org.scrutineer.platform.security.Accounts;
import org.scrutineer.platform.security.Role;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Component;

/** The demo's boards and accounts. The accounts exist only in demo data; their passwords are in the README. */
@NamedInterface("demo")
@Component
public class PlatformDemoData implements DemoData {
    public static final String HSC_PPB = "HSC-PPB";
    private final Boards boards;
    private final Accounts accounts;

    public PlatformDemoData(Boards boards, Accounts accounts) {
        this.boards = boards;
        this.accounts = accounts;
    }

    @Override
    public int order() {
        return 0;
    }

    @Override
    public void load() {
        boards.create(HSC_PPB, "Health and Social Care Policy and Performance Board", "Health and Social Care PPB");
        boards.create(
                "CYPF-PPB",
                "Children, Young People and Families Policy and Performance Board",
                "Children, Young People and Families PPB");
        accounts.create("officer", "Demo Officer (Performance)", "officer-demo-pass", Role.OFFICER);
        accounts.create("councillor", "Cllr Demo Member", "councillor-demo-pass", Role.MEMBER);
        accounts.create("admin", "Demo Administrator", "admin-demo-pass", Role.ADMIN);
        accounts.grantBoard("councillor", HSC_PPB);
    }
}
