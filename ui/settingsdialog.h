#pragma once

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QRadioButton;

namespace Gatehouse::Services {
class SecretStore;
}

namespace Gatehouse::Ui {

/// Where the control store lives (embedded, or a server URL whose password
/// goes to the keychain — only its reference is kept in the settings) and the
/// UI language. Saving a password is asynchronous; a keychain failure is shown
/// in the dialog, which then stays open. Changes apply at the next start.
/// UI thread only.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(Services::SecretStore *secrets, QWidget *parent = nullptr);

    void accept() override;

private:
    void updateState();
    void save(bool passwordStored);

    Services::SecretStore *m_secrets;
    QRadioButton *m_embedded;
    QRadioButton *m_server;
    QLineEdit *m_url;
    QLineEdit *m_password;
    QLabel *m_passwordHint;
    QComboBox *m_language;
    QLabel *m_message;
    QDialogButtonBox *m_buttons;
    bool m_busy = false;
};

} // namespace Gatehouse::Ui
