package org.scrutineer;

import java.util.Arrays;
import org.scrutineer.platform.database.BackupCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class ScrutineerApplication {
    public static void main(String[] args) {
        // java -jar scrutineer.jar backup ...: a backup of the running application's records, no application started
        if (args.length > 0 && args[0].equals("backup")) {
            System.exit(BackupCommand.run(Arrays.asList(args).subList(1, args.length)));
        }
        SpringApplication.run(ScrutineerApplication.class, args);
    }
}
