#pragma once

#include "common/Error.h"

#include <QString>
#include <QStringView>

class QRandomGenerator;

namespace capataz::stack {

// The kinds of secret the deployment guides generate.
enum class SecretKind {
    UrlSafe32, // python -c "import secrets; print(secrets.token_urlsafe(32))": 43 chars [A-Za-z0-9_-]
    Hex32,     // openssl rand -hex 32: 64 chars [0-9a-f]
    Base64_24, // openssl rand -base64 24: 32 chars [A-Za-z0-9+/]
    Password,  // N characters of kPasswordAlphabet
};

struct SecretSpec {
    SecretKind kind = SecretKind::UrlSafe32;
    int length = 0; // Password only
    bool operator==(const SecretSpec&) const = default;

    // "urlsafe32", "hex32", "base64-24", "password:N"
    [[nodiscard]] QString name() const;
};

// Draws secrets from the operating system's CSPRNG (QRandomGenerator::system()).
class SecretGenerator {
public:
    // Letters and digits without the look-alikes 0 O o 1 l I: nothing a shell, a URL, YAML or a
    // .env file would treat specially, and nothing misread when typed from a screen.
    static constexpr QStringView kPasswordAlphabet =
        u"ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";
    static constexpr int kMinPasswordLength = 12;
    static constexpr int kMaxPasswordLength = 256;

    // Parses a kind name; InvalidArgument for unknown names or a password length out of range.
    [[nodiscard]] static Result<SecretSpec> parseSpec(QStringView name);

    [[nodiscard]] static QString generate(const SecretSpec& spec);
    // The same from another generator (tests); production code uses the overload above.
    [[nodiscard]] static QString generate(const SecretSpec& spec, QRandomGenerator& rng);

    // The length of what generate() returns.
    [[nodiscard]] static int expectedLength(const SecretSpec& spec);
};

} // namespace capataz::stack
