package org.w3id.cstokg.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.jena.riot.system.StreamRDF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TestStoreRebuild {
    @TempDir
    Path root;

    private final AtomicInteger loads = new AtomicInteger();

    private void countingLoad(StreamRDF quads) throws java.io.IOException {
        loads.incrementAndGet();
        GraphSource.of(Fixtures.dataset()).stream(quads);
    }

    @Test
    void buildsWhenThereIsNoStore() throws Exception {
        try (KgStore store = KgStore.openOrBuild(root, Fixtures.STAMP, this::countingLoad)) {
            assertThat(store.stamp()).isEqualTo(Fixtures.STAMP);
        }
        assertThat(loads.get()).isEqualTo(1);
    }

    @Test
    void opensWithoutRebuildingWhenTheSourcesAreUnchanged() throws Exception {
        Path first;
        try (KgStore store = KgStore.openOrBuild(root, Fixtures.STAMP, this::countingLoad)) {
            first = store.directory();
        }
        try (KgStore store = KgStore.openOrBuild(root, Fixtures.STAMP, this::countingLoad)) {
            assertThat(store.directory()).isEqualTo(first);
        }
        assertThat(loads.get()).isEqualTo(1);
    }

    @Test
    void rebuildsWhenTheSourcesChanged() throws Exception {
        KgStore.openOrBuild(root, Fixtures.STAMP, this::countingLoad).close();
        try (KgStore store = KgStore.openOrBuild(root, new BuildStamp("changed"), this::countingLoad)) {
            assertThat(store.stamp()).isEqualTo(new BuildStamp("changed"));
        }
        assertThat(loads.get()).isEqualTo(2);
    }
}
