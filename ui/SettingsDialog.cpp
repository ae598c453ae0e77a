#include "SettingsDialog.h"

#include "AppSettings.h"
#include "LanguageManager.h"
#include "store/DataDir.h"

#include <QComboBox>
#include <QDesktopServices>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QUrl>

namespace capataz::ui {

SettingsDialog::SettingsDialog(bool keychainPersistent, QWidget* parent)
    : QDialog(parent)
    , m_keychain(keychainPersistent)
    , m_languageLabel(new QLabel(this))
    , m_language(new QComboBox(this))
    , m_themeLabel(new QLabel(this))
    , m_theme(new QLabel(this))
    , m_dataLabel(new QLabel(this))
    , m_dataDir(new QLineEdit(this))
    , m_openData(new QPushButton(this))
    , m_keychainLabel(new QLabel(this))
    , m_keychainState(new QLabel(this))
    , m_close(new QPushButton(this))
{
    setObjectName(QStringLiteral("settingsDialog"));
    m_language->setObjectName(QStringLiteral("settingsLanguage"));
    m_dataDir->setObjectName(QStringLiteral("settingsDataDir"));
    m_close->setObjectName(QStringLiteral("settingsClose"));
    m_dataDir->setReadOnly(true);
    m_dataDir->setText(store::dataDirectory());
    m_theme->setWordWrap(true);
    m_keychainState->setWordWrap(true);
    m_language->addItem(QString(), QStringLiteral("system"));
    // Language names are written in their own language, as users look for them.
    m_language->addItem(QStringLiteral("Español"), QStringLiteral("es"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->setCurrentIndex(qMax(0, m_language->findData(LanguageManager::instance().choice())));
    connect(m_language, &QComboBox::currentIndexChanged, this, [this] {
        const QString choice = m_language->currentData().toString();
        AppSettings::setLanguage(choice);
        LanguageManager::instance().setLanguage(choice);
    });
    connect(m_openData, &QPushButton::clicked, this,
            [] { QDesktopServices::openUrl(QUrl::fromLocalFile(store::dataDirectory())); });
    connect(m_close, &QPushButton::clicked, this, &QDialog::accept);

    auto* grid = new QGridLayout(this);
    grid->addWidget(m_languageLabel, 0, 0);
    grid->addWidget(m_language, 0, 1, 1, 2);
    grid->addWidget(m_themeLabel, 1, 0);
    grid->addWidget(m_theme, 1, 1, 1, 2);
    grid->addWidget(m_dataLabel, 2, 0);
    grid->addWidget(m_dataDir, 2, 1);
    grid->addWidget(m_openData, 2, 2);
    grid->addWidget(m_keychainLabel, 3, 0);
    grid->addWidget(m_keychainState, 3, 1, 1, 2);
    grid->setRowStretch(4, 1);
    grid->addWidget(m_close, 5, 2);
    setMinimumWidth(560);
    retranslateUi();
}

void SettingsDialog::retranslateUi()
{
    setWindowTitle(tr("Settings"));
    m_languageLabel->setText(tr("Language:"));
    m_language->setItemText(0, tr("Same as the system"));
    m_themeLabel->setText(tr("Appearance:"));
    m_theme->setText(tr("Follows the system's light or dark theme."));
    m_dataLabel->setText(tr("Data folder:"));
    m_openData->setText(tr("Open"));
    m_keychainLabel->setText(tr("Passwords:"));
    m_keychainState->setText(m_keychain
                                 ? tr("Saved in the system keychain when you ask for it.")
                                 : tr("No system keychain is available: passwords are kept in memory only "
                                      "until Capataz closes."));
    m_close->setText(tr("Close"));
}

void SettingsDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

} // namespace capataz::ui
