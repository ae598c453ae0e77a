#pragma once

#include "ssh/HostKeyInfo.h"
#include "store/ServerProfile.h"

#include <QDialog>

class QLabel;
class QPushButton;

namespace capataz::ui {

// Shown when a server presents a key that no known_hosts file names (accept once, accept
// and remember, cancel) or a key that CHANGED (a red warning; nobody can "connect anyway":
// an administrator is shown how to remove the old key after checking the new one).
class HostKeyDialog final : public QDialog {
    Q_OBJECT
public:
    enum Outcome { Cancelled = 0, AcceptOnce = 1, AcceptAndRemember = 2 };
    HostKeyDialog(const ssh::HostKeyInfo& info, const QString& serverName, store::Role role,
                  QWidget* parent = nullptr);

    [[nodiscard]] static QString keyTypeLabel(const QString& keyType);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    ssh::HostKeyInfo m_info;
    QString m_server;
    store::Role m_role;
    QLabel* m_heading;
    QLabel* m_text;
    QLabel* m_fingerprintLabel;
    QLabel* m_fingerprint;
    QLabel* m_advice;
    QPushButton* m_acceptOnce = nullptr;
    QPushButton* m_remember = nullptr;
    QPushButton* m_cancel;
};

} // namespace capataz::ui
