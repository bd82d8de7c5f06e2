package dev.switchboard.bootstrap;

import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Several Switchboard instances in this JVM on one database file: what a load balancer would see. */
final class Instances implements AutoCloseable {

    final List<EmbeddedServer> servers = new ArrayList<>();
    final List<Api> apis = new ArrayList<>();

    /** Started one after another, so the first one migrates the shared database alone. */
    Instances(int count, Function<Path, Map<String, Object>> properties) throws IOException {
        Path dir = Files.createDirectories(Path.of("target", "test-data", "scale-" + System.nanoTime()));
        Path database = dir.resolve("chat.db").toAbsolutePath();
        for (int i = 0; i < count; i++) {
            EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, properties.apply(database), "test");
            servers.add(server);
            apis.add(new Api(server.getURI(), server.getApplicationContext().getBean(JsonMapper.class)));
        }
    }

    Api api(int i) {
        return apis.get(i % apis.size());
    }

    <T> T bean(int i, Class<T> type) {
        return servers.get(i).getApplicationContext().getBean(type);
    }

    @Override
    public void close() {
        for (EmbeddedServer server : servers) {
            try {
                server.getApplicationContext().close();
            } catch (RuntimeException ignored) {
                // closing the others matters more
            }
        }
    }
}
