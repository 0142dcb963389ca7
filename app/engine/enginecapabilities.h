// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "enginetypes.h"

#include <QCoreApplication>
#include <QString>

namespace Stasis
{

/// What a connected engine is and whether it can checkpoint, with the fix
/// when it cannot.
struct EngineCapabilities {
    EngineVersion version;
    EngineInfo info;
    QString apiVersion; ///< negotiated
    bool experimental = false;
    /// Empty when checkpoints work; otherwise what is wrong and how to fix it.
    QString checkpointProblem;

    bool canCheckpoint() const
    {
        return checkpointProblem.isEmpty();
    }

    static EngineCapabilities from(const EnginePing &ping, const EngineVersion &version, const EngineInfo &info);

    Q_DECLARE_TR_FUNCTIONS(Stasis::EngineCapabilities)
};

} // namespace Stasis
