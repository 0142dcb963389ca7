// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QString>

namespace Stasis
{

/// One option of a container that made checkpoint or restore fail, on this
/// engine or on the engine version Stasis was measured against, with what to
/// tell the user before they try.
struct CheckpointRisk {
    /// The option's key (CheckpointRisks::optionsOf), e.g. "init", "tty".
    QString option;
    /// For the user: what the container has, what will probably happen, what to do.
    QString warning;
    /// True when the warning rests on failures recorded on the connected
    /// engine (CheckpointEvidence), false when on Stasis's own measurements.
    bool fromEvidence = false;
};

} // namespace Stasis
