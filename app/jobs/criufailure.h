// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "engineerror.h"

#include <QFuture>

class QObject;

namespace Stasis
{

class EngineClient;

/// After a failed checkpoint or restore of @p container: the details of
/// CRIU's log that the engine's @p error names (CriuLogFetcher), also noted
/// as evidence for later warnings (CheckpointRisks::recordFailure) under
/// @p stage. Finishes on @p context's thread with the details (empty when
/// there are none).
QFuture<QString> explainCriuFailure(EngineClient *client, const QString &container, const QString &stage, const EngineError &error, QObject *context);

} // namespace Stasis
