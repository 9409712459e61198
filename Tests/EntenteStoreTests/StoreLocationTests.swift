import EntenteStore
import Testing

/// Which store a command opens: `--store`, else `ENTENTE_STORE`, else the XDG data folder; an empty
/// value is no value, so `ENTENTE_STORE=` never means a store named "" in the working folder.
struct StoreLocationTests {
    @Test func theOptionWinsThenTheEnvironmentThenTheDataFolder() {
        let environment = ["ENTENTE_STORE": "/env/store.sqlite", "XDG_DATA_HOME": "/xdg", "HOME": "/home/a"]
        #expect(StoreLocation.resolve(explicit: "/opt/s.sqlite", environment: environment) == "/opt/s.sqlite")
        #expect(StoreLocation.resolve(explicit: nil, environment: environment) == "/env/store.sqlite")
        #expect(
            StoreLocation.resolve(explicit: nil, environment: ["XDG_DATA_HOME": "/xdg", "HOME": "/home/a"])
                == "/xdg/entente/entente.sqlite")
        #expect(
            StoreLocation.resolve(explicit: nil, environment: ["HOME": "/home/a"])
                == "/home/a/.local/share/entente/entente.sqlite")
    }

    @Test func emptyValuesFallThrough() {
        let environment = ["ENTENTE_STORE": "", "XDG_DATA_HOME": "", "HOME": "/home/a"]
        #expect(
            StoreLocation.resolve(explicit: "", environment: environment)
                == "/home/a/.local/share/entente/entente.sqlite")
    }
}
