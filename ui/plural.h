#pragma once

#include "models/plural.h"

namespace Gatehouse::Ui {

using Models::plural;

} // namespace Gatehouse::Ui
