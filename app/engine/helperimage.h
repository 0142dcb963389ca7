// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "engineerror.h"

#include <QCoreApplication>
#include <QFuture>
#include <QLatin1StringView>
#include <QString>

namespace Stasis
{

class EngineClient;

/// Stasis's own image for helper containers: one layer holding the static
/// `stasis-stage` (app/stagetool) and the folders helpers mount; no shell,
/// no health check, no volumes. Built with Stasis
/// (app/stagetool/helperimage.cmake) and embedded; loaded into an engine the
/// first time a helper is needed there. Its tag is its config's SHA-256, so
/// an engine that holds another Stasis's helper image gets this one beside it,
/// and an image that only took the name is told apart by its layer. A load
/// removes the other builds' tags of the repository, but those a container
/// still uses (another Stasis may run one).
class HelperImage final
{
    Q_DECLARE_TR_FUNCTIONS(Stasis::HelperImage)

public:
    /// Where the tool is inside the image; also its entrypoint.
    static constexpr QLatin1StringView toolPath{"/stasis-stage"};

    /// Every build's image is in it, under its own tag.
    static constexpr QLatin1StringView repository{"stasis-helper"};

    /// repository, `:` and the hash.
    static QString reference();
    /// The digest of the image's one layer (uncompressed), as `RootFS.Layers` names it.
    static QString layerDigest();
    /// The image as `docker save` writes it; empty when the build did not embed it.
    static QByteArray archive();
    /// The machine the tool runs on, as the engine's `Architecture` (uname -m).
    static QString toolArchitecture();

    /// Finishes once @p client's engine has the image: it is looked up, loaded
    /// when missing (then the repository's other tags are removed), and
    /// refused when an image of that name has other layers.
    static QFuture<EngineResult<void>> ensure(EngineClient *client);
};

} // namespace Stasis
