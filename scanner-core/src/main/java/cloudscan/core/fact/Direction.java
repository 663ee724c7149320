package cloudscan.core.fact;

public enum Direction { INBOUND, OUTBOUND }
