#include "ssh/KnownHosts.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>

#include <algorithm>
#include <array>

namespace capataz::ssh {

namespace {

constexpr qsizetype Sha1Size = 20;

bool isBlank(QChar c)
{
    return c == u' ' || c == u'\t';
}

// Splits off the next blank-separated field of `rest`.
QStringView nextField(QStringView& rest)
{
    qsizetype i = 0;
    while (i < rest.size() && isBlank(rest[i]))
        ++i;
    qsizetype j = i;
    while (j < rest.size() && !isBlank(rest[j]))
        ++j;
    const QStringView field = rest.sliced(i, j - i);
    rest = rest.sliced(j);
    return field;
}

std::optional<QByteArray> strictBase64(QStringView text)
{
    if (text.isEmpty())
        return std::nullopt;
    for (QChar c : text) {
        if (c.unicode() > 0x7f)
            return std::nullopt;
    }
    auto decoded = QByteArray::fromBase64Encoding(text.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.isEmpty())
        return std::nullopt;
    return decoded.decoded;
}

QByteArray hmacSha1(const QByteArray& key, const QString& name)
{
    return QMessageAuthenticationCode::hash(name.toUtf8(), key, QCryptographicHash::Sha1);
}

// Whether `host` can be written as a plain known_hosts name without changing the meaning of
// the line (or of a pattern list).
bool isWritableHost(QStringView host)
{
    if (host.isEmpty())
        return false;
    const QChar first = host.front();
    if (first == u'|' || first == u'!' || first == u'@' || first == u'#' || first == u'[')
        return false;
    for (QChar c : host) {
        if (c.isSpace() || c.category() == QChar::Other_Control || c == u',' || c == u'*' || c == u'?')
            return false;
    }
    return true;
}

} // namespace

KnownHosts KnownHosts::parse(QStringView text, QString sourceName)
{
    KnownHosts hosts;
    hosts.addText(text, sourceName);
    return hosts;
}

VoidResult KnownHosts::addFile(const QString& path)
{
    QFile file(path);
    if (!file.exists())
        return {};
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::LocalFileError, path + QStringLiteral(": ") + file.errorString());
    const QByteArray data = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return fail(ErrorCode::LocalFileError, path + QStringLiteral(": ") + file.errorString());
    addText(QString::fromUtf8(data), path);
    return {};
}

void KnownHosts::addText(QStringView text, const QString& sourceName)
{
    int lineNumber = 0;
    for (QStringView line : text.tokenize(u'\n')) {
        ++lineNumber;
        if (line.endsWith(u'\r'))
            line.chop(1);
        parseLine(line, sourceName, lineNumber);
    }
}

void KnownHosts::warn(const QString& file, int line, KnownHostsWarning::Reason reason, QString text)
{
    m_warnings.append(KnownHostsWarning{file, line, reason, std::move(text)});
}

void KnownHosts::parseLine(QStringView line, const QString& file, int lineNumber)
{
    QStringView rest = line;
    QStringView field = nextField(rest);
    if (field.isEmpty() || field.startsWith(u'#'))
        return;

    Entry entry;
    entry.file = file;
    entry.line = lineNumber;
    if (field.startsWith(u'@')) {
        if (field == u"@revoked") {
            entry.marker = Marker::Revoked;
        } else if (field == u"@cert-authority") {
            entry.marker = Marker::CertAuthority;
        } else {
            warn(file, lineNumber, KnownHostsWarning::UnknownMarker, field.toString());
            return;
        }
        field = nextField(rest);
    }

    const QStringView hostField = field;
    const QStringView type = nextField(rest);
    const QStringView base64 = nextField(rest);
    if (hostField.isEmpty() || type.isEmpty() || base64.isEmpty()) {
        warn(file, lineNumber, KnownHostsWarning::MissingKey, QStringLiteral("no key on the line"));
        return;
    }
    if (std::all_of(type.begin(), type.end(), [](QChar c) { return c.isDigit(); })) {
        warn(file, lineNumber, KnownHostsWarning::UnsupportedFormat, QStringLiteral("SSH protocol 1 key"));
        return;
    }

    if (hostField.startsWith(u'|')) {
        if (!hostField.startsWith(u"|1|")) {
            warn(file, lineNumber, KnownHostsWarning::UnsupportedFormat, QStringLiteral("unknown host hash"));
            return;
        }
        const QStringView hashed = hostField.sliced(3);
        const qsizetype bar = hashed.indexOf(u'|');
        const auto salt = bar < 0 ? std::nullopt : strictBase64(hashed.first(bar));
        const auto hash = bar < 0 ? std::nullopt : strictBase64(hashed.sliced(bar + 1));
        if (!salt || !hash || salt->size() != Sha1Size || hash->size() != Sha1Size) {
            warn(file, lineNumber, KnownHostsWarning::BadHashedHost, hostField.toString());
            return;
        }
        entry.salt = *salt;
        entry.hash = *hash;
    } else {
        entry.patterns = hostField.toString();
    }

    const auto blob = strictBase64(base64);
    if (!blob) {
        warn(file, lineNumber, KnownHostsWarning::BadBase64, QStringLiteral("key is not valid base64"));
        return;
    }
    const QString blobType = typeFromBlob(*blob);
    if (blobType != type) {
        warn(file, lineNumber, KnownHostsWarning::TypeMismatch,
             QStringLiteral("line says %1, key is %2").arg(type.toString(), blobType));
        return;
    }
    entry.key = HostKey{blobType, *blob};
    m_entries.append(std::move(entry));
}

bool KnownHosts::namesHost(const Entry& entry, const QString& name)
{
    if (entry.patterns.isEmpty())
        return !entry.hash.isEmpty() && hmacSha1(entry.salt, name) == entry.hash;
    // OpenSSH's match_hostname(): a matching negated pattern excludes the host whatever the
    // other patterns say; otherwise one matching pattern is enough.
    bool positive = false;
    for (QStringView pattern : QStringView(entry.patterns).tokenize(u',')) {
        const bool negated = pattern.startsWith(u'!');
        if (negated)
            pattern = pattern.sliced(1);
        if (wildcardMatch(name, pattern, Qt::CaseInsensitive)) {
            if (negated)
                return false;
            positive = true;
        }
    }
    return positive;
}

KnownHostsCheck KnownHosts::check(QStringView host, int port, const HostKey& key) const
{
    const QString name = hostKeyPatternName(host, port);
    // Keys are compared by blob: the blob carries the key type, and every entry's type field was
    // checked against its blob when it was read.
    for (const Entry& e : m_entries) {
        if (e.marker == Marker::Revoked && e.key.blob == key.blob)
            return {KnownHostsCheck::Revoked, e.file, e.line};
    }
    // The host has entries but none holds this key: Changed, even when the entries are of
    // another key type. The connection offers the known types first in host key negotiation
    // (knownKeyTypes()), so a server only ends up with a different type when it no longer
    // offers any known one; refusing that is the safe choice (the user can remove the old
    // entry), while accepting it would let an attacker pick a type we have never pinned.
    KnownHostsCheck result;
    for (const Entry& e : m_entries) {
        if (e.marker != Marker::None || !namesHost(e, name))
            continue;
        if (e.key.blob == key.blob)
            return {KnownHostsCheck::Matches, e.file, e.line};
        if (result.status == KnownHostsCheck::Unknown)
            result = {KnownHostsCheck::Changed, e.file, e.line};
    }
    return result;
}

QStringList KnownHosts::knownKeyTypes(QStringView host, int port) const
{
    const QString name = hostKeyPatternName(host, port);
    QStringList types;
    for (const Entry& e : m_entries) {
        if (e.marker == Marker::None && !types.contains(e.key.type) && namesHost(e, name))
            types.append(e.key.type);
    }
    return types;
}

QList<KnownHostsEntryInfo> KnownHosts::entriesFor(QStringView host, int port) const
{
    const QString name = hostKeyPatternName(host, port);
    QList<KnownHostsEntryInfo> out;
    for (const Entry& e : m_entries) {
        if (!namesHost(e, name))
            continue;
        const QString marker = e.marker == Marker::Revoked         ? QStringLiteral("@revoked")
                               : e.marker == Marker::CertAuthority ? QStringLiteral("@cert-authority")
                                                                   : QString();
        out.append({e.file, e.line, marker, e.key.type});
    }
    return out;
}

QString KnownHosts::formatLine(QStringView host, int port, const HostKey& key, bool hashed)
{
    const QString type = typeFromBlob(key.blob);
    if (!isWritableHost(host) || type.isEmpty() || (!key.type.isEmpty() && key.type != type))
        return {};
    QString name = hostKeyPatternName(host, port);
    if (hashed) {
        std::array<quint32, Sha1Size / sizeof(quint32)> random{};
        QRandomGenerator::system()->generate(random.begin(), random.end());
        const QByteArray salt(reinterpret_cast<const char*>(random.data()), Sha1Size);
        name = QStringLiteral("|1|") + QString::fromLatin1(salt.toBase64()) + u'|' +
               QString::fromLatin1(hmacSha1(salt, name).toBase64());
    }
    return name + u' ' + type + u' ' + QString::fromLatin1(key.blob.toBase64());
}

VoidResult KnownHosts::appendToFile(const QString& path, QStringView host, int port, const HostKey& key,
                                    bool hashed)
{
    const QString line = formatLine(host, port, key, hashed);
    if (line.isEmpty())
        return fail(ErrorCode::InvalidArgument,
                    QStringLiteral("host name or key cannot be written to known_hosts"));

    // Missing directories are created one by one, each 0700 (as ssh creates ~/.ssh).
    QStringList missing;
    for (QFileInfo dir(QFileInfo(path).absolutePath()); !dir.exists(); dir = QFileInfo(dir.absolutePath())) {
        missing.prepend(dir.absoluteFilePath());
        if (dir.isRoot())
            break;
    }
    for (const QString& dir : std::as_const(missing)) {
        if (!QDir().mkdir(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner) &&
            !QFileInfo(dir).isDir())
            return fail(ErrorCode::LocalFileError, dir + QStringLiteral(": cannot create directory"));
    }

    // Keep the new entry on a line of its own even if the file does not end with a newline.
    bool newlineFirst = false;
    if (QFile existing(path); existing.size() > 0 && existing.open(QIODevice::ReadOnly)) {
        char last = '\n';
        newlineFirst = existing.seek(existing.size() - 1) && existing.getChar(&last) && last != '\n';
    }

    QFile file(path);
    const auto mode = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    if (!file.open(QIODevice::WriteOnly | QIODevice::Append, mode))
        return fail(ErrorCode::LocalFileError, path + QStringLiteral(": ") + file.errorString());
    const QByteArray data = (newlineFirst ? QByteArray("\n") : QByteArray()) + line.toUtf8() + '\n';
    if (file.write(data) != data.size() || !file.flush())
        return fail(ErrorCode::LocalFileError, path + QStringLiteral(": ") + file.errorString());
    file.close();
    if (file.error() != QFileDevice::NoError)
        return fail(ErrorCode::LocalFileError, path + QStringLiteral(": ") + file.errorString());
    return {};
}

} // namespace capataz::ssh
