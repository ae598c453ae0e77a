#pragma once

#include "plan/SecretMask.h"

#include <QString>

#include <bitset>
#include <memory>
#include <vector>

namespace capataz::logs {

// plan::SecretMask for a stream of log lines: the same result, much faster on the lines that
// hold no secret (nearly all of them). SecretMask::apply() runs QString::replace once per secret
// (a search of the whole line each); this looks for all the secrets at once, and only when one
// is there hands the line to SecretMask::apply(). So it masks exactly the occurrences SecretMask
// masks (tst_logfilter checks it on random text): a line without a secret comes back as it
// was, as SecretMask returns it too.
//
// How: let m be the length of the shortest secret. Any occurrence of a secret covers four
// neighbouring characters starting at a position that is a multiple of m - 3, so only those
// positions are probed (every 18th character for secrets of 21+), each against a table (2^18
// bits, hashed) of the 4-character runs found in the secrets. A probe that hits is checked in
// full. Secrets shorter than 6 characters: QString's search at every position (SecretMask).
class FastSecretMask {
public:
    FastSecretMask() = default;
    explicit FastSecretMask(plan::SecretMask mask);

    [[nodiscard]] bool isEmpty() const { return m_mask.isEmpty(); }
    [[nodiscard]] QString apply(QString text) const;
    // True when `text` contains any of the secrets (SecretMask::leaksInto, faster).
    [[nodiscard]] bool containsSecret(QStringView text) const;

private:
    [[nodiscard]] bool occursCovering(QStringView text, qsizetype p) const;

    plan::SecretMask m_mask;
    qsizetype m_minSize = 0;
    qsizetype m_maxSize = 0;
    static constexpr std::size_t kGramBits = std::size_t(1) << 18;
    std::shared_ptr<std::bitset<kGramBits>> m_grams; // hashes of the secrets' 4-character runs
};

} // namespace capataz::logs
