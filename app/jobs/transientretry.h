// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "engineerror.h"

#include <QFuture>
#include <QString>

#include <functional>

namespace Stasis
{

class Job;

/// A job's engine request tried again after containerd's transient
/// "content … already exists" (moby#42900): a short, growing backoff, said
/// in the job's log.
namespace TransientRetry
{
using Request = std::function<QFuture<EngineResult<void>>()>;
using Done = std::function<void(const EngineResult<void> &result)>;
/// Sends @p request for @p job, and again after 250, 500 and 750 ms while it
/// fails with the transient error, each retry said through the job's
/// infoMessage(); @p done gets the last answer. Returns what cancels: the
/// pending request is aborted, no retry follows and @p done is not called.
std::function<void()> run(Job *job, const Request &request, const Done &done);
} // namespace TransientRetry

} // namespace Stasis
