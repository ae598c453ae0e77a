#include "access/KeyPair.h"

#include <QFile>
#include <QFileInfo>
#include <QPointer>
#include <QProcess>

namespace capataz::access {

using namespace Qt::Literals::StringLiterals;

void makeKeyPair(const QString& path, const QString& comment, QObject* context,
                 std::function<void(Result<QString>)> done)
{
    auto later = [context, done](Result<QString> r) {
        QMetaObject::invokeMethod(
            context, [done, r] { done(r); }, Qt::QueuedConnection);
    };
    if (path.isEmpty())
        return later(fail(ErrorCode::InvalidArgument, u"no file named for the new key"_s));
    if (QFileInfo::exists(path) || QFileInfo::exists(path + u".pub"_s))
        return later(fail(ErrorCode::LocalFileError,
                          path + u": exists already; give a new file name (nothing is overwritten)"_s));
    auto* p = new QProcess(context);
    QObject::connect(p, &QProcess::errorOccurred, context, [p, done](QProcess::ProcessError e) {
        if (e != QProcess::FailedToStart)
            return;
        p->deleteLater();
        done(fail(ErrorCode::LocalFileError, u"ssh-keygen (package openssh-client) could not be started"_s));
    });
    QObject::connect(p, &QProcess::finished, context, [p, path, done](int code, QProcess::ExitStatus status) {
        p->deleteLater();
        if (status != QProcess::NormalExit || code != 0) {
            done(fail(ErrorCode::LocalFileError,
                      u"ssh-keygen failed: "_s + QString::fromUtf8(p->readAllStandardError()).trimmed()));
            return;
        }
        done(readPublicKeyFile(path + u".pub"_s));
    });
    p->start(u"ssh-keygen"_s,
             {u"-q"_s, u"-t"_s, u"ed25519"_s, u"-N"_s, QString(), u"-C"_s, comment, u"-f"_s, path});
}

Result<QString> readPublicKeyFile(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return fail(ErrorCode::LocalFileError, path + u": "_s + f.errorString());
    const QString text = QString::fromUtf8(f.read(16 * 1024)).trimmed();
    if (text.contains(u"PRIVATE KEY"_s))
        return fail(
            ErrorCode::InvalidArgument,
            path + u": this is a private key; give the .pub file (the private half stays with its owner)"_s);
    return text.section(u'\n', 0, 0).trimmed();
}

} // namespace capataz::access
