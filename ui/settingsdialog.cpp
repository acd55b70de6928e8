#include "settingsdialog.h"

#include "appsettings.h"
#include "futurecallback.h"

#include "services/secretstore.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QUrl>
#include <QVBoxLayout>

namespace Gatehouse::Ui {

SettingsDialog::SettingsDialog(Services::SecretStore *secrets, QWidget *parent)
    : QDialog(parent)
    , m_secrets(secrets)
    , m_embedded(new QRadioButton(tr("&Embedded (a private PostgreSQL in your data folder)"), this))
    , m_server(new QRadioButton(tr("Shared &server"), this))
    , m_url(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_passwordHint(new QLabel(this))
    , m_language(new QComboBox(this))
    , m_message(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    m_embedded->setObjectName(QStringLiteral("embeddedRadio"));
    m_server->setObjectName(QStringLiteral("serverRadio"));
    resize(560, 0);
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(12);

    auto *storeBox = new QGroupBox(tr("Control store"), this);
    auto *storeLayout = new QFormLayout(storeBox);
    storeLayout->addRow(m_embedded);
    storeLayout->addRow(m_server);
    m_url->setObjectName(QStringLiteral("databaseUrlEdit"));
    m_url->setPlaceholderText(QStringLiteral("postgresql://user@db.example.com:5432/gatehouse"));
    storeLayout->addRow(tr("&URL:"), m_url);
    m_password->setObjectName(QStringLiteral("databasePasswordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("unchanged"));
    storeLayout->addRow(tr("&Password:"), m_password);
    m_passwordHint->setWordWrap(true);
    m_passwordHint->setForegroundRole(QPalette::PlaceholderText);
    storeLayout->addRow(QString(), m_passwordHint);
    layout->addWidget(storeBox);

    auto *uiBox = new QGroupBox(tr("Appearance"), this);
    auto *uiLayout = new QFormLayout(uiBox);
    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_language->addItem(tr("System language"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    m_language->addItem(QStringLiteral("Français"), QStringLiteral("fr"));
    uiLayout->addRow(tr("&Language:"), m_language);
    layout->addWidget(uiBox);

    auto *note = new QLabel(tr("Changes take effect the next time Gatehouse starts."), this);
    note->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(note);
    m_message->setObjectName(QStringLiteral("settingsMessage"));
    m_message->setWordWrap(true);
    m_message->setVisible(false);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);

    const QString url = AppSettings::databaseUrl();
    m_url->setText(url);
    (url.isEmpty() ? m_embedded : m_server)->setChecked(true);
    const int lang = m_language->findData(AppSettings::language());
    m_language->setCurrentIndex(lang < 0 ? 0 : lang);

    connect(m_embedded, &QRadioButton::toggled, this, &SettingsDialog::updateState);
    connect(m_url, &QLineEdit::textChanged, this, &SettingsDialog::updateState);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    updateState();
}

void SettingsDialog::updateState()
{
    const bool server = m_server->isChecked();
    m_url->setEnabled(server);
    m_password->setEnabled(server);
    const QUrl url(m_url->text().trimmed(), QUrl::StrictMode);
    const bool urlOk = !server
        || (url.isValid() && (url.scheme() == QLatin1String("postgresql") || url.scheme() == QLatin1String("postgres"))
            && !url.host().isEmpty());
    m_passwordHint->setText(server ? tr("The password is kept in the system keychain as %1; it is never written "
                                        "to the settings.")
                                         .arg(AppSettings::passwordRefForUrl(m_url->text().trimmed()))
                                   : QString());
    if (server && !m_url->text().isEmpty() && !urlOk) {
        m_message->setText(tr("⚠ Enter a URL of the form postgresql://user@host:port/database."));
        m_message->setVisible(true);
    } else if (!m_busy) {
        m_message->setVisible(false);
    }
    if (server && !url.password().isEmpty()) {
        m_message->setText(tr("⚠ Do not put the password in the URL; use the password field."));
        m_message->setVisible(true);
    }
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(!m_busy && urlOk && url.password().isEmpty());
}

void SettingsDialog::accept()
{
    if (m_busy)
        return;
    const bool server = m_server->isChecked();
    const QString url = m_url->text().trimmed();
    if (!server || m_password->text().isEmpty() || !m_secrets) {
        save(false);
        QDialog::accept();
        return;
    }
    m_busy = true;
    updateState();
    const QString ref = AppSettings::passwordRefForUrl(url);
    whenFinished(m_secrets->writePassword(ref, m_password->text()), this, [this](const Models::Status &result) {
        m_busy = false;
        if (!result.ok()) {
            m_message->setText(
                tr("⚠ The password could not be stored in the keychain: %1").arg(result.error().message));
            m_message->setVisible(true);
            updateState();
            return;
        }
        m_password->clear();
        save(true);
        QDialog::accept();
    });
}

void SettingsDialog::save(bool passwordStored)
{
    if (m_server->isChecked()) {
        const QString url = m_url->text().trimmed();
        const QString ref = AppSettings::passwordRefForUrl(url);
        // Keep a reference only to a password that is actually in the keychain.
        const bool keepOld = AppSettings::databaseUrl() == url && AppSettings::databasePasswordRef() == ref;
        AppSettings::setDatabaseUrl(url);
        AppSettings::setDatabasePasswordRef(passwordStored || keepOld ? ref : QString());
    } else {
        AppSettings::setDatabaseUrl({});
        AppSettings::setDatabasePasswordRef({});
    }
    AppSettings::setLanguage(m_language->currentData().toString());
}

} // namespace Gatehouse::Ui
