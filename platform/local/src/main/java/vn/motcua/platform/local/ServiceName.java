package vn.motcua.platform.local;

/** The three MotCua services, with the port and database each gets on a developer's machine. */
public enum ServiceName {
    PROCEDURE("procedure-service", 8081, "procedure"),
    DOSSIER("dossier-service", 8082, "dossier"),
    REPORTING("reporting-service", 8083, "reporting");

    private final String id;
    private final int defaultPort;
    private final String database;

    ServiceName(String id, int defaultPort, String database) {
        this.id = id;
        this.defaultPort = defaultPort;
        this.database = database;
    }

    /** The module folder and application name, such as {@code dossier-service}. */
    public String id() {
        return id;
    }

    public int defaultPort() {
        return defaultPort;
    }

    public String database() {
        return database;
    }

    /** The environment variable that moves the service to another port, such as {@code MOTCUA_DOSSIER_PORT}. */
    public String portVariable() {
        return "MOTCUA_" + name() + "_PORT";
    }
}
