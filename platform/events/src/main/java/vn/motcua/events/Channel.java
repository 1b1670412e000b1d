package vn.motcua.events;

/** How a dossier reached the centre. */
public enum Channel {
    COUNTER,
    ONLINE,
    POST
}
