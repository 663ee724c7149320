package cloudscan.core.fact;

public enum RuleAction { ALLOW, DENY }
