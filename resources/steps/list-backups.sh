# Read-only: the backups below BACKUP_DIR, oldest first, one line each:
# <folder name> <database> <commit> <size>.
set -eu
[ -d "$BACKUP_DIR" ] || exit 0
find "$BACKUP_DIR" -mindepth 1 -maxdepth 1 -type d -name '[0-9]*Z-*' | sort |
    while read -r folder; do
        printf '%s %s %.12s %s\n' "$(basename "$folder")" "$(cat "$folder/database-name" 2>/dev/null || echo '?')" \
            "$(cat "$folder/commit" 2>/dev/null || echo '?')" "$(du -sh "$folder" | cut -f 1)"
    done
