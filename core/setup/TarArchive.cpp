#include "setup/TarArchive.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <cstring>

namespace capataz::setup {

using namespace Qt::Literals::StringLiterals;

namespace {

void putOctal(char* field, int width, qint64 value)
{
    // width-1 octal digits and a NUL
    const QByteArray digits = QByteArray::number(value, 8).rightJustified(width - 1, '0');
    std::memcpy(field, digits.constData(), static_cast<std::size_t>(width - 1));
    field[width - 1] = '\0';
}

Result<QByteArray> header(const QByteArray& path, qint64 size, int mode, char type, qint64 mtime)
{
    QByteArray h(512, '\0');
    QByteArray name = path;
    QByteArray prefix;
    if (name.size() > 100) {
        const qsizetype cut = name.lastIndexOf('/', std::min<qsizetype>(155, name.size() - 1));
        if (cut <= 0 || name.size() - cut - 1 > 100)
            return fail(ErrorCode::InvalidArgument,
                        u"path too long for a tar archive: %1"_s.arg(QString::fromUtf8(path)));
        prefix = name.left(cut);
        name = name.mid(cut + 1);
    }
    std::memcpy(h.data(), name.constData(), static_cast<std::size_t>(name.size()));
    putOctal(h.data() + 100, 8, mode);
    putOctal(h.data() + 108, 8, 0);
    putOctal(h.data() + 116, 8, 0);
    putOctal(h.data() + 124, 12, size);
    putOctal(h.data() + 136, 12, mtime);
    std::memset(h.data() + 148, ' ', 8);
    h[156] = type;
    std::memcpy(h.data() + 257,
                "ustar\0"
                "00",
                8);
    std::memcpy(h.data() + 345, prefix.constData(), static_cast<std::size_t>(prefix.size()));
    unsigned sum = 0;
    for (char c : std::as_const(h))
        sum += static_cast<unsigned char>(c);
    const QByteArray s = QByteArray::number(sum, 8).rightJustified(6, '0');
    std::memcpy(h.data() + 148, s.constData(), 6);
    h[154] = '\0';
    h[155] = ' ';
    return h;
}

} // namespace

Result<QByteArray> tarDirectory(const QString& dir, qint64 maxBytes)
{
    const QFileInfo root(dir);
    if (!root.isDir())
        return fail(ErrorCode::LocalFileError, u"%1 is not a directory"_s.arg(dir));
    const QDir base(root.absoluteFilePath());
    QStringList paths;
    QDirIterator it(base.path(), QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        paths << it.next();
    std::sort(paths.begin(), paths.end());
    QByteArray out;
    qint64 total = 0;
    for (const QString& p : std::as_const(paths)) {
        const QFileInfo fi(p);
        const QByteArray rel = base.relativeFilePath(p).toUtf8();
        if (fi.isSymLink())
            return fail(ErrorCode::InvalidArgument, u"%1 is a symbolic link: upload refuses links"_s.arg(p));
        int bits = 0;
        const auto perm = fi.permissions();
        if (perm & QFile::ReadOwner)
            bits |= 0400;
        if (perm & QFile::WriteOwner)
            bits |= 0200;
        if (perm & QFile::ExeOwner)
            bits |= 0100;
        if (perm & QFile::ReadGroup)
            bits |= 0040;
        if (perm & QFile::WriteGroup)
            bits |= 0020;
        if (perm & QFile::ExeGroup)
            bits |= 0010;
        if (perm & QFile::ReadOther)
            bits |= 0004;
        if (perm & QFile::WriteOther)
            bits |= 0002;
        if (perm & QFile::ExeOther)
            bits |= 0001;
        const qint64 mtime = fi.lastModified().toSecsSinceEpoch();
        if (fi.isDir()) {
            auto h = header(rel + '/', 0, bits, '5', mtime);
            if (!h)
                return std::unexpected(h.error());
            out += *h;
            continue;
        }
        if (!fi.isFile())
            return fail(ErrorCode::InvalidArgument, u"%1 is not a regular file or directory"_s.arg(p));
        total += fi.size();
        if (total > maxBytes)
            return fail(ErrorCode::InvalidArgument,
                        u"%1 holds more than %2 MB: copy it to the server another way"_s.arg(dir).arg(
                            maxBytes >> 20));
        QFile f(p);
        if (!f.open(QIODevice::ReadOnly))
            return fail(ErrorCode::LocalFileError, u"cannot read %1: %2"_s.arg(p, f.errorString()));
        const QByteArray content = f.readAll();
        auto h = header(rel, content.size(), bits, '0', mtime);
        if (!h)
            return std::unexpected(h.error());
        out += *h;
        out += content;
        out += QByteArray((512 - content.size() % 512) % 512, '\0');
    }
    out += QByteArray(1024, '\0');
    return out;
}

} // namespace capataz::setup
