#pragma once

#include "common/Error.h"
#include "plan/Plan.h"
#include "setup/Answers.h"
#include "setup/SetupTarget.h"
#include "setup/VerifyReport.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <memory>

namespace capataz::setup {

// The `verify:` section of an answers file (README.md, "Answers file").
struct VerifyAnswers {
    struct Endpoint {
        QString path;
        int port = 0;
    };
    QList<Endpoint> endpoints; // endpoints: [{path, port}]; default: the recipe's health endpoints
    QString domain;            // domain: the public name; default: nginx.domain; empty: no public check
    QStringList
        publicPaths; // public_paths; default: the recipe's nginx health location, else the endpoints' paths
    QString publicAddress;   // public_address: connect here instead of resolving the domain
    int publicPort = 443;    // public_port: the HTTPS port
    QString caFile;          // ca_file: extra CA (PEM) to trust for the public check
    QByteArray caPem;        // its content, read by fromAnswers
    QList<int> expectedOpen; // expected_open; default (empty): the profile's SSH port, 80, 443
    QList<int> mustBeClosed; // must_be_closed; default: kDefaultClosedPorts + the recipe's endpoint ports
    int timeoutSeconds = 10; // timeout_seconds: for each request and port probe

    static VerifyAnswers fromAnswers(const AnswerMap& section, const SetupTarget& target);
};

// Ports that must not be reachable from outside (databases, caches, admin UIs, app ports):
// health::commonlyLeakedPorts(), the list the checks from outside probe too.
[[nodiscard]] QList<int> defaultClosedPorts();

// Steps (none changes anything; each one's check does the verification and records it in
// the shared report, so a dry run shows the results too):
//   verify.health-tunnel  GET each endpoint on the server's 127.0.0.1 through the SSH connection
//   verify.health-public  GET https://DOMAIN/<path> from this computer (skipped without a domain)
//   verify.ports          TCP probe from this computer: expected ports open, the others closed
//   verify.summary        prints the report (for a ticket); fails listing every problem found
// The first three always end Skipped ("checked") unless they cannot run at all; only
// verify.summary fails, so every check runs and the summary is always printed.
// `report` (optional) receives the shared report for the caller (the wizard's page).
[[nodiscard]] Result<plan::Plan> buildVerifyPlan(const VerifyAnswers& answers, const SetupTarget& target,
                                                 std::shared_ptr<VerifyReport> report);
[[nodiscard]] inline Result<plan::Plan> buildVerifyPlan(const VerifyAnswers& answers,
                                                        const SetupTarget& target)
{
    return buildVerifyPlan(answers, target, std::make_shared<VerifyReport>());
}

} // namespace capataz::setup
