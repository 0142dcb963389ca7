// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QString>

namespace Stasis
{

class EngineClient;

/// What a job works on: a container of an engine and, for most jobs, one of
/// its checkpoints.
struct JobTarget {
    EngineClient *client = nullptr;
    /// The container's name or id.
    QString container;
    /// Empty for a job on the container alone.
    QString checkpoint;
};

} // namespace Stasis
