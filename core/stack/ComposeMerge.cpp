#include "stack/ComposeMerge.h"

namespace capataz::stack {

namespace {

void appendUnique(QStringList& into, const QStringList& more)
{
    for (const auto& item : more) {
        if (!into.contains(item))
            into.append(item);
    }
}

// `!override` / `!reset`: the overlay's value (empty for !reset) replaces the base's; the
// overlay's copy is then cleared so that the usual merge below leaves it alone.
void replaceKeys(ComposeService& base, ComposeService& overlay)
{
    const ComposeService empty;
    for (const QString& key : std::as_const(overlay.replacedKeys)) {
        const ComposeService& from = overlay.resetKeys.contains(key) ? empty : overlay;
        if (key == u"ports") {
            base.ports = from.ports;
            overlay.ports.clear();
        } else if (key == u"volumes") {
            base.volumes = from.volumes;
            overlay.volumes.clear();
        } else if (key == u"environment") {
            base.environment = from.environment;
            overlay.environment.clear();
        } else if (key == u"env_file") {
            base.envFiles = from.envFiles;
            overlay.envFiles.clear();
        } else if (key == u"depends_on") {
            base.dependsOn = from.dependsOn;
            overlay.dependsOn.clear();
        } else if (key == u"profiles") {
            base.profiles = from.profiles;
            overlay.profiles.clear();
        } else if (key == u"networks") {
            base.networks = from.networks;
            overlay.networks.clear();
        } else if (key == u"healthcheck") {
            base.healthcheck = from.healthcheck;
            overlay.healthcheck = ComposeService::HealthUnset;
        } else if (key == u"image") {
            base.image = from.image;
            overlay.image.clear();
        } else if (key == u"container_name") {
            base.containerName = from.containerName;
            overlay.containerName.clear();
        } else if (key == u"build") {
            base.hasBuild = from.hasBuild;
            base.buildContext = from.buildContext;
            overlay.hasBuild = false;
        }
    }
}

ComposeService mergeService(ComposeService base, ComposeService overlay)
{
    replaceKeys(base, overlay); // what is left in overlay merges as usual
    if (!overlay.image.isEmpty())
        base.image = overlay.image;
    if (!overlay.containerName.isEmpty())
        base.containerName = overlay.containerName;
    if (overlay.hasBuild) {
        base.hasBuild = true;
        base.buildContext = overlay.buildContext;
    }
    for (const auto& p : overlay.ports) {
        bool seen = false;
        for (const auto& q : std::as_const(base.ports)) {
            seen = seen || (q.hostIp == p.hostIp && q.published == p.published && q.target == p.target &&
                            q.protocol == p.protocol);
        }
        if (!seen)
            base.ports.append(p);
    }
    for (const auto& m : overlay.volumes) {
        bool replaced = false;
        for (auto& existing : base.volumes) {
            if (existing.target == m.target) {
                existing = m;
                replaced = true;
            }
        }
        if (!replaced)
            base.volumes.append(m);
    }
    for (const auto& e : overlay.environment) {
        bool replaced = false;
        for (auto& existing : base.environment) {
            if (existing.name == e.name) {
                existing = e;
                replaced = true;
            }
        }
        if (!replaced)
            base.environment.append(e);
    }
    appendUnique(base.envFiles, overlay.envFiles);
    appendUnique(base.dependsOn, overlay.dependsOn);
    appendUnique(base.profiles, overlay.profiles);
    appendUnique(base.networks, overlay.networks);
    if (overlay.healthcheck != ComposeService::HealthUnset)
        base.healthcheck = overlay.healthcheck;
    return base;
}

} // namespace

ComposeProject mergeCompose(const ComposeProject& base, const ComposeProject& overlay)
{
    ComposeProject out = base;
    for (const auto& s : overlay.services) {
        bool merged = false;
        for (auto& existing : out.services) {
            if (existing.name == s.name) {
                existing = mergeService(existing, s);
                merged = true;
                break;
            }
        }
        if (!merged)
            out.services.append(s);
    }
    appendUnique(out.volumes, overlay.volumes);
    appendUnique(out.networks, overlay.networks);
    out.references += overlay.references;
    return out;
}

} // namespace capataz::stack
