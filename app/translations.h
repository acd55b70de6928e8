#pragma once

#include <QString>

class QCoreApplication;

namespace Gatehouse::App {

/// Installs Gatehouse's translation (":/i18n/gatehouse_<lang>.qm") and Qt's own
/// (qtbase_<lang>.qm from QLibraryInfo::TranslationsPath) for `language`
/// ("de", "fr", …), or for the system locale when `language` is empty.
/// Returns the language code used.
QString installTranslations(QCoreApplication *app, const QString &language);

} // namespace Gatehouse::App
