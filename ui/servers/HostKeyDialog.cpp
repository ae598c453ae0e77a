#include "HostKeyDialog.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFontDatabase>
#include <QFrame>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace capataz::ui {

using Status = ssh::HostKeyInfo::Status;

HostKeyDialog::HostKeyDialog(const ssh::HostKeyInfo& info, const QString& serverName, store::Role role,
                             QWidget* parent)
    : QDialog(parent)
    , m_info(info)
    , m_server(serverName)
    , m_role(role)
    , m_heading(new QLabel(this))
    , m_text(new QLabel(this))
    , m_fingerprintLabel(new QLabel(this))
    , m_fingerprint(new QLabel(this))
    , m_advice(new QLabel(this))
    , m_cancel(new QPushButton(this))
{
    const bool changed = info.status == Status::Changed || info.status == Status::Revoked;
    setObjectName(changed ? QStringLiteral("hostKeyChangedDialog") : QStringLiteral("hostKeyDialog"));
    setModal(true);
    m_heading->setObjectName(changed ? QStringLiteral("hostKeyChangedWarning")
                                     : QStringLiteral("hostKeyHeading"));
    m_fingerprint->setObjectName(QStringLiteral("hostKeyFingerprint"));
    m_text->setWordWrap(true);
    m_advice->setWordWrap(true);
    m_advice->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_fingerprint->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_fingerprint->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont hf = m_heading->font();
    hf.setBold(true);
    hf.setPointSizeF(hf.pointSizeF() * 1.2);
    m_heading->setFont(hf);
    m_heading->setWordWrap(true);

    auto* layout = new QVBoxLayout(this);
    if (changed) {
        // A red frame that reads on light and dark themes: white text on a strong red.
        auto* frame = new QFrame(this);
        frame->setObjectName(QStringLiteral("hostKeyChangedFrame"));
        frame->setAutoFillBackground(true);
        QPalette p = frame->palette();
        p.setColor(QPalette::Window, QColor(0xb3, 0x1d, 0x28));
        p.setColor(QPalette::WindowText, Qt::white);
        frame->setPalette(p);
        m_heading->setPalette(p);
        m_text->setPalette(p);
        auto* fl = new QVBoxLayout(frame);
        fl->addWidget(m_heading);
        fl->addWidget(m_text);
        layout->addWidget(frame);
    } else {
        auto* top = new QHBoxLayout;
        auto* icon = new QLabel(this);
        icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxQuestion).pixmap(48, 48));
        top->addWidget(icon, 0, Qt::AlignTop);
        auto* tl = new QVBoxLayout;
        tl->addWidget(m_heading);
        tl->addWidget(m_text);
        top->addLayout(tl, 1);
        layout->addLayout(top);
    }
    layout->addWidget(m_fingerprintLabel);
    layout->addWidget(m_fingerprint);
    layout->addWidget(m_advice);

    auto* buttons = new QDialogButtonBox(this);
    m_cancel->setObjectName(QStringLiteral("hostKeyCancel"));
    if (!changed) {
        m_acceptOnce = new QPushButton(this);
        m_acceptOnce->setObjectName(QStringLiteral("hostKeyAcceptOnce"));
        m_remember = new QPushButton(this);
        m_remember->setObjectName(QStringLiteral("hostKeyRemember"));
        buttons->addButton(m_remember, QDialogButtonBox::AcceptRole);
        buttons->addButton(m_acceptOnce, QDialogButtonBox::AcceptRole);
        connect(m_acceptOnce, &QPushButton::clicked, this, [this] { done(AcceptOnce); });
        connect(m_remember, &QPushButton::clicked, this, [this] { done(AcceptAndRemember); });
    }
    buttons->addButton(m_cancel, QDialogButtonBox::RejectRole);
    connect(m_cancel, &QPushButton::clicked, this, [this] { done(Cancelled); });
    m_cancel->setDefault(true); // the safe choice is the default
    layout->addWidget(buttons);
    setMinimumWidth(560);
    retranslateUi();
}

QString HostKeyDialog::keyTypeLabel(const QString& keyType)
{
    if (keyType == u"ssh-ed25519")
        return QStringLiteral("ED25519");
    if (keyType.startsWith(u"ecdsa-sha2-"))
        return QStringLiteral("ECDSA");
    if (keyType == u"ssh-rsa")
        return QStringLiteral("RSA");
    return keyType;
}

void HostKeyDialog::retranslateUi()
{
    const QString where =
        m_info.port == 22 ? m_info.host : tr("%1 port %2").arg(m_info.host).arg(m_info.port);
    m_fingerprintLabel->setText(tr("Key type %1, fingerprint:").arg(keyTypeLabel(m_info.keyType)));
    m_fingerprint->setText(m_info.fingerprint);
    if (m_info.status == Status::Changed || m_info.status == Status::Revoked) {
        setWindowTitle(tr("Warning: the server's identity has changed"));
        m_heading->setText(tr("The identity of %1 (%2) has changed!").arg(m_server, where));
        m_text->setText(tr("The server presents a different key from the one recorded at %1, line %2. "
                           "Someone may be intercepting the connection, or the server was reinstalled. "
                           "Capataz did not connect.")
                            .arg(m_info.knownFile)
                            .arg(m_info.knownLine));
        if (m_role == store::Role::Admin)
            m_advice->setText(
                tr("Ask the server's administrator for the new fingerprint and compare it with the one "
                   "above. Only if they match, remove the old key with:\nssh-keygen -R %1 -f %2\n"
                   "and connect again.")
                    .arg(m_info.port == 22 ? m_info.host
                                           : QStringLiteral("[%1]:%2").arg(m_info.host).arg(m_info.port),
                         m_info.knownFile));
        else
            m_advice->setText(
                tr("Do not continue. Tell your administrator that the server's identity changed and "
                   "give them the fingerprint above."));
        m_cancel->setText(tr("Close"));
    } else {
        setWindowTitle(tr("Confirm the server's identity"));
        m_heading->setText(tr("Is this really %1 (%2)?").arg(m_server, where));
        m_text->setText(
            tr("This is the first connection to this server from Capataz. Compare the fingerprint below "
               "with the one your hosting provider or administrator gave you (on the server: "
               "ssh-keygen -lf /etc/ssh/ssh_host_*_key.pub)."));
        m_advice->setText(tr("If they do not match, cancel: you may be talking to another machine."));
        m_acceptOnce->setText(tr("Accept once"));
        m_remember->setText(tr("Accept and remember"));
        m_cancel->setText(tr("Cancel"));
    }
}

void HostKeyDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

} // namespace capataz::ui
