# The cron daemon runs and starts at boot: on a server without systemd it runs
# certbot's renewals and the scheduled backup.
check() {
    service_active cron
}
change() {
    enable_now cron
}
