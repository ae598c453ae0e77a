#include "health/PublishedPorts.h"

#include "setup/ComposePorts.h"
#include "setup/RemoteFiles.h"
#include "stack/ComposeParser.h"

#include <QFileInfo>

namespace capataz::health {

using namespace Qt::Literals::StringLiterals;

void readPublishedPorts(const plan::StepContext& ctx, const QString& projectDir,
                        const QStringList& composeFiles, const QStringList& profiles,
                        std::function<void(Result<QList<int>>)> done)
{
    const QStringList candidates = composeFiles.isEmpty()
                                       ? QStringList{u"compose.yaml"_s, u"compose.yml"_s,
                                                     u"docker-compose.yml"_s, u"docker-compose.yaml"_s}
                                       : composeFiles;
    QStringList paths;
    for (const QString& f : candidates)
        paths << (f.startsWith(u'/') ? f : projectDir + u'/' + f);
    // The override sits next to the first compose file.
    const QString firstDir = QFileInfo(paths.value(0)).path();
    const QString overridePath = firstDir + u'/' + QString::fromLatin1(setup::kPortsOverrideName);
    paths << overridePath;
    const bool pickFirst = composeFiles.isEmpty();
    setup::readRemoteFiles(
        ctx, paths, true,
        [done = std::move(done), pickFirst, profiles](Result<QList<setup::RemoteFile>> files) {
            if (!files)
                return done(std::unexpected(files.error()));
            QList<QByteArray> contents;
            const qsizetype composeCount = files->size() - 1;
            for (qsizetype i = 0; i < composeCount; ++i) {
                const setup::RemoteFile& f = (*files)[i];
                if (!f.exists()) {
                    if (pickFirst)
                        continue;
                    return done(fail(ErrorCode::RemoteFileNotFound,
                                     u"the compose file %1 does not exist"_s.arg(f.path)));
                }
                contents << *f.content;
                if (pickFirst)
                    break;
            }
            if (contents.isEmpty())
                return done(
                    fail(ErrorCode::RemoteFileNotFound, u"no compose file in the project directory"_s));
            if (files->constLast().exists())
                contents << *files->constLast().content;
            auto merged = stack::parseComposeFiles(contents);
            if (!merged)
                return done(std::unexpected(merged.error()));
            QList<int> ports;
            for (const setup::PublicPort& p : setup::findPublicPorts(*merged, contents, profiles, {}))
                if (p.allInterfaces && p.number > 0 && !ports.contains(p.number))
                    ports << p.number;
            done(ports);
        });
}

} // namespace capataz::health
