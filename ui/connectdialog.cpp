#include "connectdialog.h"

#include "appsettings.h"
#include "futurecallback.h"

#include "services/secretstore.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QUrl>
#include <QVBoxLayout>

namespace Gatehouse::Ui {

using namespace Gatehouse::Models;

namespace {
const QString kChosenKey = QStringLiteral("controlStore/chosen");
}

ConnectDialog::ConnectDialog(Services::SecretStore *secrets, QWidget *parent)
    : QDialog(parent)
    , m_secrets(secrets)
    , m_embedded(new QRadioButton(tr("&Just me: keep changes in a private store on this computer"), this))
    , m_server(new QRadioButton(tr("&Shared: connect to my team's Gatehouse server"), this))
    , m_url(new QLineEdit(this))
    , m_user(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_message(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("connectDialog"));
    setWindowTitle(tr("Connect Gatehouse"));
    resize(560, 0);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Gatehouse keeps change requests, approvals and the audit log in a control store. "
                                "Work alone, or join your CAB on a shared server where everyone logs in as "
                                "themselves."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_embedded->setObjectName(QStringLiteral("embeddedRadio"));
    m_server->setObjectName(QStringLiteral("serverRadio"));
    layout->addWidget(m_embedded);
    layout->addWidget(m_server);

    auto *form = new QFormLayout;
    m_url->setObjectName(QStringLiteral("serverUrlEdit"));
    m_url->setPlaceholderText(QStringLiteral("postgresql://db.example.com:5432/gatehouse"));
    m_url->setToolTip(tr("The server's address, without user or password."));
    form->addRow(tr("Server &URL:"), m_url);
    m_user->setObjectName(QStringLiteral("userEdit"));
    m_user->setPlaceholderText(tr("your login, e.g. alice"));
    form->addRow(tr("&Login:"), m_user);
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setToolTip(tr("Stored in your system keychain, never in Gatehouse's settings."));
    form->addRow(tr("&Password:"), m_password);
    layout->addLayout(form);
    auto *hint = new QLabel(tr("Your password is kept in the system keychain (GNOME Keyring, KWallet, macOS Keychain "
                               "or Windows Credential Manager) and nowhere else."),
                            this);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(hint);

    m_message->setObjectName(QStringLiteral("connectMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette p = m_message->palette();
    p.setColor(QPalette::WindowText, QColor(0xc0, 0x39, 0x2b));
    m_message->setPalette(p);
    m_message->hide();
    layout->addWidget(m_message);
    m_buttons->setObjectName(QStringLiteral("buttonBox"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Connect"));
    layout->addWidget(m_buttons);

    const QString savedUrl = AppSettings::databaseUrl();
    if (savedUrl.isEmpty()) {
        m_embedded->setChecked(true);
    } else {
        m_server->setChecked(true);
        QUrl url(savedUrl, QUrl::TolerantMode);
        m_user->setText(url.userName());
        url.setUserName({});
        m_url->setText(url.toString());
    }
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ConnectDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ConnectDialog::reject);
    for (QRadioButton *radio : {m_embedded, m_server})
        connect(radio, &QRadioButton::toggled, this, &ConnectDialog::updateState);
    for (QLineEdit *edit : {m_url, m_user, m_password})
        connect(edit, &QLineEdit::textChanged, this, &ConnectDialog::updateState);
    updateState();
}

bool ConnectDialog::isNeeded()
{
    return !QSettings().value(kChosenKey).toBool();
}

Services::ControlStoreSettings ConnectDialog::savedSettings()
{
    Services::ControlStoreSettings settings;
    settings.url = AppSettings::databaseUrl();
    settings.passwordRef = AppSettings::databasePasswordRef();
    return settings;
}

Services::ControlStoreSettings ConnectDialog::settings() const
{
    Services::ControlStoreSettings settings;
    if (m_server->isChecked()) {
        settings.url = Services::ControlStore::urlForUser(m_url->text().trimmed(), m_user->text().trimmed());
        settings.passwordRef = AppSettings::passwordRefForUrl(settings.url);
    }
    return settings;
}

QString ConnectDialog::message() const
{
    return m_message->isVisible() || !m_message->isHidden() ? m_message->text() : QString();
}

void ConnectDialog::showMessage(const QString &text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

void ConnectDialog::updateState()
{
    const bool server = m_server->isChecked();
    for (QLineEdit *edit : {m_url, m_user, m_password})
        edit->setEnabled(server && !m_busy);
    QString problem;
    if (server) {
        const QUrl url(m_url->text().trimmed(), QUrl::StrictMode);
        if (m_url->text().trimmed().isEmpty())
            problem = tr("Enter the server's URL.");
        else if (!url.isValid() || (url.scheme() != QLatin1String("postgresql") && url.scheme() != QLatin1String("postgres")))
            problem = tr("The URL must look like postgresql://host:port/database.");
        else if (!url.password().isEmpty())
            problem = tr("Leave the password out of the URL: it goes to the keychain.");
        else if (m_user->text().trimmed().isEmpty())
            problem = tr("Enter your login.");
        else if (m_password->text().isEmpty())
            problem = tr("Enter your password.");
    }
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_busy && problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setToolTip(problem);
}

void ConnectDialog::save(const QString &url, const QString &ref)
{
    AppSettings::setDatabaseUrl(url);
    AppSettings::setDatabasePasswordRef(ref);
    QSettings().setValue(kChosenKey, true);
}

void ConnectDialog::accept()
{
    if (m_busy || !m_buttons->button(QDialogButtonBox::Ok)->isEnabled())
        return;
    showMessage({});
    if (m_embedded->isChecked()) {
        save({}, {});
        QDialog::accept();
        return;
    }
    if (!m_secrets) {
        showMessage(tr("No keychain is available, so the password cannot be stored. Gatehouse never keeps "
                       "passwords in plain text."));
        return;
    }
    const Services::ControlStoreSettings chosen = settings();
    m_busy = true;
    updateState();
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Storing password…"));
    whenFinished(
        m_secrets->writePassword(chosen.passwordRef, m_password->text()), this,
        [this, chosen](const Status &stored) {
            m_busy = false;
            m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Connect"));
            updateState();
            if (!stored.ok()) {
                // Nothing is saved: a store without its password would fail at every start.
                showMessage(tr("Your password could not be stored in the system keychain, so nothing was saved. "
                               "Gatehouse never keeps passwords in plain text.\n%1\nUnlock your keyring (or "
                               "start a Secret Service such as GNOME Keyring) and try again, or choose the "
                               "private store.")
                                .arg(stored.error().message));
                return;
            }
            m_password->clear();
            save(chosen.url, chosen.passwordRef);
            QDialog::accept();
        },
        [this] {
            m_busy = false;
            m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Connect"));
            updateState();
            showMessage(tr("The keychain did not answer; nothing was saved."));
        });
}

} // namespace Gatehouse::Ui
