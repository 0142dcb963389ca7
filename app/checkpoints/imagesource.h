// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "engineerror.h"

#include <functional>

class QObject;

namespace Stasis
{

class ProducedDevice;

/// Where the image tar that LoadImageJob sends to `POST /images/load` comes
/// from: an archive's checked `image.tar` (ArchiveImageSource) or another
/// engine (EngineImageSource). Either way the body is checked as it streams
/// and holds its last bytes back until the check passed, so the engine
/// never loads a whole tar that was not checked.
class ImageSource
{
public:
    using Ready = std::function<void(const EngineResult<ProducedDevice *> &body)>;

    virtual ~ImageSource() = default;

    /// Where the image comes from, for messages ("from the archive …").
    virtual QString origin() const = 0;
    /// Makes the upload body, open and of its exact size, a child of
    /// @p parent; @p ready gets it, or the reason there is none (a message
    /// for the user). May answer later, never before prepare() returned.
    virtual void prepare(QObject *parent, Ready ready) = 0;
    /// Stops preparing: @p ready is not called.
    virtual void cancel()
    {
    }
};

} // namespace Stasis
