#pragma once

#include "services/controlstore.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QRadioButton;

namespace Gatehouse::Services {
class SecretStore;
}

namespace Gatehouse::Ui {

/// First run: where this Gatehouse keeps its change requests — the embedded private
/// store, or a shared server (URL without password) and the person's own login. The
/// password goes to the OS keychain through SecretStore; the settings keep only the
/// URL and the keychain reference (AppSettings). When the keychain cannot store it
/// (no Secret Service, a locked keyring), the dialog says so clearly, saves nothing
/// and stays open: there is never a plain-text fallback. OK returns only after the
/// keychain confirmed. UI thread only; never blocks.
class ConnectDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ConnectDialog(Services::SecretStore *secrets, QWidget *parent = nullptr);

    /// True until the person has chosen a store once (QSettings "controlStore/chosen").
    static bool isNeeded();
    /// What to open the ControlStore with, from the saved choice (AppSettings).
    static Services::ControlStoreSettings savedSettings();

    /// What was chosen (valid after the dialog was accepted).
    Services::ControlStoreSettings settings() const;
    /// The message shown under the fields (a keychain failure, a missing field); empty when none.
    QString message() const;

    void accept() override;

private:
    void updateState();
    void save(const QString &url, const QString &ref);
    void showMessage(const QString &text);

    Services::SecretStore *m_secrets;
    QRadioButton *m_embedded;
    QRadioButton *m_server;
    QLineEdit *m_url;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QLabel *m_message;
    QDialogButtonBox *m_buttons;
    bool m_busy = false;
};

} // namespace Gatehouse::Ui
