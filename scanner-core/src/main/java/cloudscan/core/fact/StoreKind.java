package cloudscan.core.fact;

/** Kinds of places that hold data. */
public enum StoreKind {
  OBJECT_STORAGE, BLOCK_STORAGE, SNAPSHOT, DATABASE, NOSQL, FILE_STORAGE, KEY_STORE, LOG_STORE,
  BACKUP, ACCOUNT_DEFAULT, OTHER
}
