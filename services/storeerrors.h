#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace Gatehouse::Services {

/// A refusal of the control store, recognised: its stable code, the variable parts as
/// the database wrote them, and the sentence in the person's language.
struct StoreRefusal
{
    /// Stable machine code of the refusal, e.g. "separation-of-duties.requester-approves",
    /// "approval.no-required-role", "override.role-not-permitted". Codes never change
    /// meaning; a new refusal gets a new code.
    QString code;
    QStringList arguments; ///< the variable parts (names, roles, counts, ids), in the database's order
    QString message;       ///< translated (context "StoreErrors"), the variable parts filled in
};

/// Puts the control store's refusals into the person's language.
///
/// The SECURITY DEFINER functions of resources/sql refuse with an English sentence of a
/// fixed shape per refusal (the format string of its RAISE) and a SQLSTATE. Migrations
/// never change once released, so SQLSTATE plus shape identify a refusal as reliably as
/// a code carried in the error would, without rewriting the functions that raise them.
/// This catalogue gives each shape a stable code and a translatable sentence; role
/// names, change states and the actions a role is needed for are translated too, and
/// ids, counts, person and rule names are filled in as the database wrote them.
/// A refusal the catalogue does not know keeps the database's words.
///
/// Stateless; every function may be called from any thread (the control store's
/// worker thread calls message() for every failed request).
class StoreErrors
{
    Q_DECLARE_TR_FUNCTIONS(StoreErrors)

public:
    /// The refusal `databaseMessage` (the primary message, without "ERROR:") with
    /// `sqlstate` is, or nothing when the catalogue does not know it. An empty
    /// `sqlstate` (the client library did not report one) matches by shape alone.
    static std::optional<StoreRefusal> recognise(const QString &sqlstate, const QString &databaseMessage);
    /// recognise()'s message, else `databaseMessage` unchanged.
    static QString message(const QString &sqlstate, const QString &databaseMessage);
    /// The RAISE format strings the catalogue knows ("%" for each variable part), for
    /// checking that every refusal of the migrations is covered.
    static QStringList formats();
    /// A role of the control store ("cab-member", "release-manager", …) in the person's
    /// language; an unknown name is returned unchanged.
    static QString roleName(const QString &role);
};

} // namespace Gatehouse::Services
