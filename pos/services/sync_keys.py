"""The settings keys sync keeps its state under (read by the services that record for it)."""

URL, TOKEN, CURSOR, EPOCH, SITE, LAST_SYNC, CA = (
    "sync_server_url", "sync_device_token", "sync_cursor", "sync_epoch", "sync_site",
    "sync_last_at", "sync_ca_file")
