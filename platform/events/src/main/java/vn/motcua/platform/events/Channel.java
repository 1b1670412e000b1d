package vn.motcua.platform.events;

/** How a dossier reached the centre. */
public enum Channel {
    COUNTER,
    ONLINE,
    POST
}
