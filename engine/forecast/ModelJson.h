#pragma once
// The model's versioned JSON document: configuration, scales, changepoints, the
// feature layout and the fitted parameters (docs/file-formats.md). Doubles are
// written in their shortest exact form, so a loaded model predicts bit for bit
// what the original predicted.

#include "forecast/ModelConfig.h"

#include <QByteArray>
#include <QString>

namespace bakery::forecast {

struct FittedState;

constexpr int kModelSchemaVersion = 1;

QByteArray modelToJson(const ModelConfig& config, const FittedState* state);
bool modelFromJson(const QByteArray& json, ModelConfig& config, FittedState& state, QString* error);

} // namespace bakery::forecast
