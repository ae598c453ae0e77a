#include "store/ServerProfile.h"

#include "metrics/PrometheusApi.h"

namespace capataz::store {

namespace {

bool isNameChar(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9') || u == u'.' ||
           u == u'_' || u == u'-';
}

bool isAsciiAlnum(QChar c)
{
    return isNameChar(c) && c != u'.' && c != u'_' && c != u'-';
}

VoidResult invalid(QString detail)
{
    return fail(ErrorCode::InvalidArgument, std::move(detail));
}

} // namespace

QString authMethodName(AuthMethod method)
{
    switch (method) {
    case AuthMethod::Agent:
        return QStringLiteral("agent");
    case AuthMethod::KeyFile:
        return QStringLiteral("key");
    case AuthMethod::Password:
        return QStringLiteral("password");
    case AuthMethod::KeyboardInteractive:
        return QStringLiteral("keyboard-interactive");
    }
    return QStringLiteral("agent");
}

std::optional<AuthMethod> authMethodFromName(QStringView name)
{
    for (AuthMethod m :
         {AuthMethod::Agent, AuthMethod::KeyFile, AuthMethod::Password, AuthMethod::KeyboardInteractive}) {
        if (name == authMethodName(m))
            return m;
    }
    return std::nullopt;
}

QString roleName(Role role)
{
    switch (role) {
    case Role::Admin:
        return QStringLiteral("admin");
    case Role::Support:
        return QStringLiteral("support");
    case Role::Owner:
        return QStringLiteral("owner");
    }
    return QStringLiteral("admin");
}

std::optional<Role> roleFromName(QStringView name)
{
    for (Role r : {Role::Admin, Role::Support, Role::Owner}) {
        if (name == roleName(r))
            return r;
    }
    return std::nullopt;
}

VoidResult ServerProfile::validate() const
{
    if (name.isEmpty())
        return invalid(QStringLiteral("name: empty"));
    if (name.size() > kMaxServerNameLength)
        return invalid(QStringLiteral("name: longer than %1 characters").arg(kMaxServerNameLength));
    for (QChar c : name) {
        if (!isNameChar(c)) {
            return invalid(
                QStringLiteral(
                    "name: character U+%1 is not allowed (only ASCII letters, digits, '.', '_', '-')")
                    .arg(c.unicode(), 4, 16, QLatin1Char('0')));
        }
    }
    if (!isAsciiAlnum(name.front()))
        return invalid(QStringLiteral("name: must start with a letter or a digit"));
    if (host.trimmed().isEmpty())
        return invalid(QStringLiteral("host: empty"));
    if (port < 1 || port > 65535)
        return invalid(QStringLiteral("port: %1 is outside 1..65535").arg(port));
    if (user.trimmed().isEmpty())
        return invalid(QStringLiteral("user: empty"));
    if (auth == AuthMethod::KeyFile && keyPath.trimmed().isEmpty())
        return invalid(QStringLiteral("keyPath: empty, but the authentication method is a key file"));
    if (sudo == remote::SudoMode::Access && role == Role::Admin)
        return invalid(
            QStringLiteral("role: an access account is support or owner; the server holds its role"));
    if (!prometheusUrl.isEmpty())
        if (auto url = metrics::parsePrometheusUrl(prometheusUrl); !url)
            return invalid(QStringLiteral("prometheusUrl: ") + url.error().detail);
    if (scrapeIntervalS < kMinScrapeIntervalS || scrapeIntervalS > kMaxScrapeIntervalS)
        return invalid(QStringLiteral("scrapeIntervalS: %1 s, not from %2 s to %3 s")
                           .arg(scrapeIntervalS)
                           .arg(kMinScrapeIntervalS)
                           .arg(kMaxScrapeIntervalS));
    return {};
}

} // namespace capataz::store
