#pragma once

#include "services/whenfinished.h"

namespace Gatehouse::Ui {

/// The UI uses the same guarded continuation as the services: see
/// services/whenfinished.h. Nothing is called once the guard is destroyed.
using Services::whenFinished;

} // namespace Gatehouse::Ui
