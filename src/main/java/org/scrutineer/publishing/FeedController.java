package org.scrutineer.publishing;

import org.scrutineer.platform.web.NotFound;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** A board's RSS feed of new agendas and minutes. */
@Controller
public class FeedController {
    private final BoardFeed feed;

    public FeedController(BoardFeed feed) {
        this.feed = feed;
    }

    @GetMapping("/boards/{code}/feed.rss")
    public ResponseEntity<String> feed(@PathVariable String code) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/rss+xml;charset=UTF-8"))
                .body(feed.rss(code).orElseThrow(() -> new NotFound("No board " + code)));
    }
}
