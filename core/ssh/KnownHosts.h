#pragma once

#include "common/Error.h"
#include "ssh/HostKey.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace capataz::ssh {

// A known_hosts line that was skipped. The file is the sourceName given to parse() or the
// path given to addFile().
struct KnownHostsWarning {
    enum Reason {
        UnknownMarker,     // "@something" other than @revoked / @cert-authority
        MissingKey,        // no key type or no base64 key after the host field
        BadBase64,         // the key is not valid base64
        TypeMismatch,      // the type field does not name the key inside the blob
        BadHashedHost,     // "|1|salt|hash" that does not decode to two SHA-1 sized values
        UnsupportedFormat, // SSH protocol 1 "bits exponent modulus" keys, unknown "|2|" hashes
    };
    QString file;
    int line = 0; // 1-based
    Reason reason = MissingKey;
    QString text; // technical detail, untranslated
};

// The answer of KnownHosts::check(). `file`/`line` name the matching entry (Matches), the
// first entry for the host holding another key (Changed) or the @revoked entry (Revoked).
struct KnownHostsCheck {
    enum Status { Unknown, Matches, Changed, Revoked };
    Status status = Unknown;
    QString file;
    int line = 0;
};

// A known_hosts line whose host field names a host (KnownHosts::entriesFor()).
struct KnownHostsEntryInfo {
    QString file;
    int line = 0;
    QString marker; // "", "@revoked" or "@cert-authority"
    QString keyType;
};

// OpenSSH known_hosts files, read-only in memory: plain and hashed (|1|salt|hmac) host fields,
// comma-separated patterns with '*', '?' and '!negation', "[host]:port", @revoked and
// @cert-authority markers. Writing only ever appends (appendToFile).
class KnownHosts {
public:
    // Never fails: lines that cannot be used are skipped and listed in warnings().
    [[nodiscard]] static KnownHosts parse(QStringView text, QString sourceName = {});

    // Adds the entries of one more file, after those already read. A missing file is an empty
    // file; a file that exists but cannot be read is LocalFileError.
    [[nodiscard]] VoidResult addFile(const QString& path);
    void addText(QStringView text, const QString& sourceName);

    [[nodiscard]] KnownHostsCheck check(QStringView host, int port, const HostKey& key) const;

    // Key types already known for the host (no @revoked or @cert-authority lines), in file
    // order without repeats: the connection puts them first in its host key preference, so the
    // server is asked for a key we can verify, as ssh does.
    [[nodiscard]] QStringList knownKeyTypes(QStringView host, int port) const;

    // Every entry whose host field names host:port, markers included, in file order: what
    // `ssh-keygen -F` lists (lines that could not be read are not entries).
    [[nodiscard]] QList<KnownHostsEntryInfo> entriesFor(QStringView host, int port) const;

    [[nodiscard]] const QList<KnownHostsWarning>& warnings() const { return m_warnings; }
    [[nodiscard]] qsizetype entryCount() const { return m_entries.size(); }

    // One known_hosts line without the newline: "host type base64", or with `hashed`
    // "|1|salt|hmac type base64" (fresh random salt). Empty when the host cannot be written
    // as a plain name (empty, whitespace, ',', control characters, wildcards, or a leading
    // '|', '!', '@', '#', '[') or the blob does not name its key type.
    [[nodiscard]] static QString formatLine(QStringView host, int port, const HostKey& key, bool hashed);

    // Appends formatLine() + '\n' to `path`, creating its missing parent directories (0700)
    // and the file itself (0600) if needed. Existing lines are never rewritten; an existing
    // file's permissions are left alone.
    [[nodiscard]] static VoidResult appendToFile(const QString& path, QStringView host, int port,
                                                 const HostKey& key, bool hashed = false);

private:
    enum class Marker { None, CertAuthority, Revoked };
    struct Entry {
        Marker marker = Marker::None;
        QString patterns; // comma-separated host patterns; empty for a hashed entry
        QByteArray salt;  // hashed entry: HMAC-SHA1 key
        QByteArray hash;  // hashed entry: HMAC-SHA1(salt, name)
        HostKey key;
        QString file;
        int line = 0;
    };

    void parseLine(QStringView line, const QString& file, int lineNumber);
    void warn(const QString& file, int line, KnownHostsWarning::Reason reason, QString text);
    [[nodiscard]] static bool namesHost(const Entry& entry, const QString& name);

    QList<Entry> m_entries;
    QList<KnownHostsWarning> m_warnings;
};

} // namespace capataz::ssh
