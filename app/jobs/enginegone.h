// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "engineerror.h"

namespace Stasis
{

/// Telling that the engine went away while a job's request ran.
namespace EngineGone
{
/// True when the connection was lost, or when the engine answered while
/// shutting down. Measured (Docker 26.1.5) when the engine stops during a
/// checkpoint: 500 "Cannot checkpoint container X: failed to read checkpoint
/// reader: rpc error: code = Canceled desc = grpc: the client connection is closing".
bool matches(const EngineError &error);
} // namespace EngineGone

} // namespace Stasis
