// SPDX-License-Identifier: GPL-2.0-or-later
#include "criufailure.h"

#include "checkpointrisks.h"
#include "criulogfetcher.h"

namespace Stasis
{

QFuture<QString> explainCriuFailure(EngineClient *client, const QString &container, const QString &stage, const EngineError &error, QObject *context)
{
    return CriuLogFetcher::detailsFor(client, container, error, context)
        .then(context,
              [client, container, stage, error, context](const QString &details) {
                  return CheckpointRisks::recordFailure(client, container, stage, error, details, context).then(context, [details] {
                      return details;
                  });
              })
        .unwrap();
}

} // namespace Stasis
