// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "engineerror.h"

#include <QString>

namespace Stasis
{

/// When and how a job tries again after containerd's transient "content …
/// already exists" (moby#42900): a short, growing backoff, said in the job's log.
namespace TransientRetry
{
/// The delay before attempt @p attempt + 1, or -1 when @p error is not
/// transient or no attempt is left.
int delayMs(const EngineError &error, int attempt, int maximumAttempts);
/// The line for the job's log.
QString notice(const EngineError &error, int delayMs, int nextAttempt, int maximumAttempts);
} // namespace TransientRetry

} // namespace Stasis
