#include "WelcomePage.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace capataz::ui {

WelcomePage::WelcomePage(QWidget* parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_text(new QLabel(this))
    , m_add(new QPushButton(this))
    , m_import(new QPushButton(this))
    , m_sandbox(new QPushButton(this))
    , m_sandboxText(new QLabel(this))
{
    setObjectName(QStringLiteral("welcomePage"));
    m_add->setObjectName(QStringLiteral("welcomeAdd"));
    m_import->setObjectName(QStringLiteral("welcomeImport"));
    m_sandbox->setObjectName(QStringLiteral("welcomeSandbox"));
    QFont f = m_title->font();
    f.setPointSizeF(f.pointSizeF() * 1.6);
    f.setBold(true);
    m_title->setFont(f);
    m_text->setWordWrap(true);
    m_sandboxText->setWordWrap(true);
    for (QPushButton* b : {m_add, m_import, m_sandbox})
        b->setMinimumHeight(36);
    m_add->setDefault(true);

    auto* box = new QVBoxLayout;
    box->addWidget(m_title);
    box->addSpacing(8);
    box->addWidget(m_text);
    box->addSpacing(16);
    box->addWidget(m_add);
    box->addWidget(m_import);
    box->addSpacing(12);
    box->addWidget(m_sandboxText);
    box->addWidget(m_sandbox);
    auto* center = new QWidget(this);
    center->setLayout(box);
    center->setMaximumWidth(520);
    // Centred by stretches, not by an alignment flag: an aligned widget gets its size hint, and
    // the wrapped paragraphs were cut to the height of their one-line hint. Between stretches
    // the column takes its width first and then the height its wrapped text needs.
    auto* row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(center, 3);
    row->addStretch(1);
    auto* outer = new QVBoxLayout(this);
    outer->addStretch(1);
    outer->addLayout(row);
    outer->addStretch(2);

    connect(m_add, &QPushButton::clicked, this, &WelcomePage::addRequested);
    connect(m_import, &QPushButton::clicked, this, &WelcomePage::importRequested);
    connect(m_sandbox, &QPushButton::clicked, this, &WelcomePage::sandboxRequested);
    setSandboxAvailable(false);
    retranslateUi();
}

void WelcomePage::setSandboxAvailable(bool available)
{
    m_sandbox->setVisible(available);
    m_sandboxText->setVisible(available);
}

void WelcomePage::retranslateUi()
{
    m_title->setText(tr("Welcome to Capataz"));
    m_text->setText(tr("Capataz sets up, watches and backs up the services on your servers over SSH. "
                       "Nothing is installed on the servers. Start by adding a server."));
    m_add->setText(tr("Add a server…"));
    m_import->setText(tr("Import servers from SSH config…"));
    m_sandboxText->setText(tr("A local practice server is running on this computer. Use it to try Capataz "
                              "without touching a real server."));
    m_sandbox->setText(tr("Use the local sandbox server"));
}

void WelcomePage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace capataz::ui
