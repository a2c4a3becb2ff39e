// The workbench's JSON API. Every handler answers; bad input gets a 4xx whose "error" is
// the message `intsim validate` gives for the same value (and its JSON pointer, so that
// the page shows it beside the field), and changes nothing.
#include <httplib.h>

#include <chrono>
#include <filesystem>

#include <fmt/format.h>

#include "engine/document.hpp"
#include "engine/input_error.hpp"
#include "engine/json_reader.hpp"
#include "expected/expected_model.hpp"
#include "report/compare_parts.hpp"
#include "report/compare_report.hpp"
#include "report/csv_writer.hpp"
#include "report/expected_answer.hpp"
#include "report/results_json.hpp"
#include "report/workbench_words.hpp"
#include "server/workbench_state.hpp"
#include "store/run_listing.hpp"

namespace intsim {

namespace {

// An error of the request itself (not of the scenario), with its HTTP status.
struct RequestError : std::runtime_error {
    RequestError(int status, const std::string& message) : std::runtime_error(message), status(status) {}
    int status;
};

void send_json(httplib::Response& res, const nlohmann::json& body, int status = 200) {
    res.status = status;
    res.set_header("Cache-Control", "no-store");
    res.set_content(body.dump(), "application/json; charset=utf-8");
}

void send_error(httplib::Response& res, int status, const std::string& message, const std::string& pointer = "") {
    send_json(res, {{"error", message}, {"pointer", pointer}}, status);
}

// Runs a handler; whatever it throws becomes an answer, and the server goes on.
template <class Handler>
httplib::Server::Handler guarded(Handler handler) {
    return [handler](const httplib::Request& req, httplib::Response& res) {
        try {
            handler(req, res);
        } catch (const RequestError& e) {
            send_error(res, e.status, e.what());
        } catch (const StoreError& e) {
            send_error(res, 409, e.what());
        } catch (const InputError& e) {
            send_error(res, 422, e.what(), e.pointer());
        } catch (const std::exception& e) {
            send_error(res, 500, std::string("internal error: ") + e.what());
        }
    };
}

Language language_of(const httplib::Request& req, const WorkbenchState& state) {
    if (!req.has_param("lang")) return state.language;
    const std::string code = req.get_param_value("lang");
    if (code != "en" && code != "de")
        throw RequestError(400, fmt::format("lang: expected en or de, found \"{}\"", printable_line(code)));
    return report_language(code);
}

Wording wording_of(Language language) { return report_wording(language); }

std::int64_t id_of(const std::string& text, const char* what) {
    try {
        std::size_t used = 0;
        const long long id = std::stoll(text, &used);
        if (used == text.size() && id > 0) return id;
    } catch (const std::exception&) {
    }
    throw RequestError(400, fmt::format("expected a {} id (a positive whole number), found \"{}\"", what, printable_line(text)));
}

// The body of a what-if request: {"plan", "name"?, "edits": [{"measure", "field", "value"}], ...}.
struct WhatIf {
    const Plan* plan = nullptr;
    std::vector<MeasureEdit> edits;
    std::string name;
    std::uint64_t replications = 200;
    std::uint32_t seed = 1;
    std::string note;
};

nlohmann::json request_body(const httplib::Request& req) {
    try {
        return parse_json_text(req.body, "request body");
    } catch (const InputError& e) {
        throw RequestError(400, e.what());  // not JSON at all: the request, not a value, is wrong
    }
}

WhatIf read_what_if(const httplib::Request& req, const WorkbenchState& state, bool with_run) {
    const nlohmann::json body = request_body(req);
    if (!body.is_object()) throw InputError("request body", "", "expected a JSON object, found " + json_type_words(body));
    JsonReader reader(body, "request body");
    WhatIf what;
    what.plan = &state.plan(reader.string("plan"));
    what.name = reader.string_or("name", "");
    if (reader.has("edits"))
        for (JsonReader edit : reader.objects("edits")) {
            MeasureEdit e;
            e.measure = edit.string("measure");
            e.field = edit.string("field");
            e.value = edit.raw("value");
            edit.finish();
            what.edits.push_back(std::move(e));
        }
    if (with_run) {
        what.replications = static_cast<std::uint64_t>(reader.integer_or("replications", 200, 1, 100000));
        what.seed = static_cast<std::uint32_t>(reader.integer_or("seed", 1, 0, 4294967295LL));
        what.note = reader.string_or("note", "");
    }
    reader.allow({"lang", "view"});
    reader.finish();
    return what;
}

nlohmann::json plan_json(const Plan& plan) {
    nlohmann::json years = nlohmann::json::array();
    for (const YearFrame& y : plan.model.years) {
        nlohmann::json targets = nlohmann::json::object();
        for (const auto& [name, t] : y.targets) targets[name] = {{"value", t.value}, {"direction", direction_name(t.direction)}};
        years.push_back({{"year", y.span.year}, {"partial", y.span.partial()}, {"targets", targets},
                         {"operative_egt", y.operative_egt}});
    }
    nlohmann::json measures = nlohmann::json::array();
    for (std::size_t k = 0; k < plan.scenario.measures.size(); ++k) {
        const MeasureSpec& m = plan.scenario.measures[k];
        const char* kind = m.capacity_kind == CapacityKind::Slots ? "slots" : m.capacity_kind == CapacityKind::Entries ? "entries" : "budget";
        nlohmann::json cost = nlohmann::json::object();
        if (m.cost_per_slot_month > 0) cost["per_slot_month"] = m.cost_per_slot_month;
        if (m.cost_per_participant_month > 0) cost["per_participant_month"] = m.cost_per_participant_month;
        if (m.cost_per_entry > 0) cost["per_entry"] = m.cost_per_entry;
        if (m.cost_fixed > 0) cost["fixed"] = m.cost_fixed;
        nlohmann::json running = nlohmann::json::array();
        for (const YearFrame& y : plan.model.years) {
            const int first = y.span.first_month, last = y.span.first_month + y.span.months;
            running.push_back(std::max(0, std::min(last, m.end_month) - std::max(first, m.start_month)));
        }
        measures.push_back({{"id", m.id}, {"name", m.name}, {"capacity_kind", kind}, {"capacity", m.capacity},
                            {"cost", cost}, {"egt_funded", m.egt_funded}, {"months_by_year", running}});
    }
    return {{"id", plan.id}, {"name", plan.scenario.name}, {"file", plan.file}, {"description", plan.scenario.description},
            {"start", plan.scenario.start.text()}, {"months", plan.scenario.months}, {"sha256", plan.sha256},
            {"years", years}, {"measures", measures}};
}

// The expected entries and spend of each measure over the horizon, plan and variant.
nlohmann::json measure_figures(const Results& plan, const Results& variant) {
    nlohmann::json out = nlohmann::json::object();
    for (std::size_t k = 0; k < plan.measures.size() && k < variant.measures.size(); ++k)
        out[plan.measures[k].id] = {{"entries", {plan.measures[k].entries.mean, variant.measures[k].entries.mean}},
                                    {"spend", {plan.measures[k].spend.mean, variant.measures[k].spend.mean}}};
    return out;
}

nlohmann::json year_figures(const Results& plan, const Results& variant) {
    nlohmann::json out = nlohmann::json::array();
    for (std::size_t y = 0; y < plan.years.size() && y < variant.years.size(); ++y) {
        nlohmann::json indicators = nlohmann::json::object();
        for (const std::string& name : expected_answer_indicators()) {
            const auto& a = plan.years[y].indicators;
            const auto& b = variant.years[y].indicators;
            for (std::size_t i = 0; i < a.size() && i < b.size(); ++i)
                if (a[i].name == name)
                    indicators[name] = {{"plan", a[i].summary.mean}, {"variant", b[i].summary.mean},
                                        {"target", b[i].target ? nlohmann::json(*b[i].target) : nlohmann::json()}};
        }
        out.push_back({{"year", plan.years[y].year}, {"indicators", indicators},
                       {"operative_egt", variant.years[y].budget.operative_egt}});
    }
    return out;
}

nlohmann::json optional_json(const std::optional<double>& x) { return x ? nlohmann::json(*x) : nlohmann::json(); }

// What the page shows above the report of a finished Monte Carlo run: per year and over
// the horizon, the differences of the key indicators with their interval (as the report
// words them), P(each target met), P(all targets met), spend against the EGT.
nlohmann::json comparison_summary(const Comparison& c, const Plan& plan, const Wording& say) {
    const VariantComparison& v = c.variants.front();
    nlohmann::json years = nlohmann::json::array();
    for (std::size_t y = 0; y < c.years.size() && y < v.years.size(); ++y) {
        const YearDifferences& year = v.years[y];
        nlohmann::json rows = nlohmann::json::array();
        for (std::size_t i = 0; i < year.indicators.size(); ++i) {
            const PairedDifference& d = year.indicators[i];
            const bool shown = std::find(expected_answer_indicators().begin(), expected_answer_indicators().end(),
                                         d.indicator) != expected_answer_indicators().end();
            if (!shown) continue;
            rows.push_back({{"indicator", d.indicator}, {"label", say.indicator(d.indicator)},
                            {"base_mean", d.base_mean}, {"variant_mean", d.variant_mean},
                            {"difference", d.mean_difference}, {"low", d.ci90_low}, {"high", d.ci90_high},
                            {"low95", d.ci95_low}, {"high95", d.ci95_high},
                            {"text", difference_with_interval90(d, say)},
                            {"base_p_target_met", optional_json(i < year.base_p_target_met.size() ? year.base_p_target_met[i] : std::nullopt)},
                            {"variant_p_target_met", optional_json(i < year.variant_p_target_met.size() ? year.variant_p_target_met[i] : std::nullopt)}});
        }
        const double egt = y < plan.model.years.size() ? plan.model.years[y].operative_egt : 0.0;
        years.push_back({{"year", c.years[y].year}, {"rows", rows},
                         {"base_p_all_targets_met", optional_json(y < c.base_p_all_targets_met_by_year.size() ? c.base_p_all_targets_met_by_year[y] : std::nullopt)},
                         {"variant_p_all_targets_met", optional_json(year.p_all_targets_met)},
                         {"operative_egt", egt}, {"operative_egt_text", say.euro(egt)}});
    }
    return {{"years", years},
            {"horizon", {{"indicator", v.objective.indicator}, {"difference", v.objective.mean_difference},
                         {"low", v.objective.ci90_low}, {"high", v.objective.ci90_high},
                         {"low95", v.objective.ci95_low}, {"high95", v.objective.ci95_high},
                         {"text", difference_with_interval90(v.objective, say)},
                         {"text95", difference_with_interval(v.objective, say)}}},
            {"base_p_all_targets_met_every_year", optional_json(c.base_p_all_targets_met_every_year)},
            {"variant_p_all_targets_met_every_year", optional_json(v.p_all_targets_met_every_year)},
            {"replications", c.replications}, {"seed", c.seed}};
}

nlohmann::json job_json(const Job& job, const MonteCarloQueue& queue, const Wording& say) {
    const JobState state = job.state.load();
    nlohmann::json out = {{"id", job.id}, {"state", job_state_name(state)}, {"done", job.done.load()},
                          {"total", job.total}, {"ahead", queue.ahead_of(job)}, {"variant", job.request.variant.name},
                          {"replications", job.request.replications}, {"seed", job.request.seed}};
    if (state == JobState::Failed) out["error"] = job.error;
    if (state == JobState::Done) {
        out["run_id"] = job.run_id ? nlohmann::json(*job.run_id) : nlohmann::json();
        out["summary"] = comparison_summary(*job.comparison, *job.request.plan, say);
    }
    return out;
}

std::shared_ptr<Job> finished_job(const WorkbenchState& state, const std::string& id_text) {
    const auto job = state.queue->find(id_of(id_text, "run"));
    if (!job) throw RequestError(404, fmt::format("no Monte Carlo run {} on this server", id_text));
    if (job->state.load() != JobState::Done)
        throw RequestError(409, fmt::format("the Monte Carlo run {} is {}, not done", id_text, job_state_name(job->state.load())));
    return job;
}

std::string attachment(const std::string& name) { return "attachment; filename=\"" + name + "\""; }

// The expected answer for a variant: from the cache, or computed (and kept) with the
// plan's translated effects and start. `seconds`: how long the chain took, 0 when cached.
std::shared_ptr<const Results> expected_answer(WorkbenchState& state, const WhatIf& what, const Variant& variant) {
    const std::string key = what.plan->sha256 + variant.sha256;
    std::shared_ptr<const Results> answer = state.answers.find(key);
    if (answer) return answer;
    Results results = what.edits.empty() ? what.plan->expected : expected_results(variant_model(*what.plan, variant));
    results.scenario_name = variant.scenario.name;
    results.scenario_sha256 = variant.sha256;
    answer = std::make_shared<const Results>(std::move(results));
    state.answers.keep(key, answer);
    return answer;
}

}  // namespace

std::shared_ptr<const Results> AnswerCache::find(const std::string& key) const {
    std::lock_guard lock(mutex_);
    const auto found = answers_.find(key);
    return found == answers_.end() ? nullptr : found->second;
}

void AnswerCache::keep(const std::string& key, std::shared_ptr<const Results> results) {
    std::lock_guard lock(mutex_);
    if (!answers_.emplace(key, std::move(results)).second) return;
    order_.push_back(key);
    if (order_.size() > kCapacity) {
        answers_.erase(order_.front());
        order_.pop_front();
    }
}

const Plan& WorkbenchState::plan(const std::string& id) const {
    std::vector<std::string> ids;
    for (const auto& p : plans) {
        if (p->id == id) return *p;
        ids.push_back(p->id);
    }
    const std::string nearest = nearest_key(id, ids);
    throw InputError("request body", "/plan",
                     fmt::format("expected a plan this server serves, found \"{}\"{}", printable_line(id),
                                 nearest.empty() ? "" : " (did you mean \"" + nearest + "\"?)"));
}

void add_api_routes(httplib::Server& server, WorkbenchState& state) {
    server.Get("/api/words", guarded([&state](const httplib::Request& req, httplib::Response& res) {
        const Language language = language_of(req, state);
        nlohmann::json words = nlohmann::json::object();
        for (const auto& [key, term] : words::workbench_page_words()) words[std::string(key)] = term.in(language);
        for (const std::string& name : indicator_names()) words["indicator." + name] = indicator_label(name, language);
        send_json(res, words);
    }));

    server.Get("/api/plans", guarded([&state](const httplib::Request&, httplib::Response& res) {
        nlohmann::json plans = nlohmann::json::array();
        for (const auto& p : state.plans) plans.push_back(plan_json(*p));
        send_json(res, {{"plans", plans}, {"language", language_code(state.language)},
                        {"store", state.store_path}, {"store_error", state.store_error},
                        {"version", INTSIM_VERSION}});
    }));

    server.Post("/api/expect", guarded([&state](const httplib::Request& req, httplib::Response& res) {
        const auto start = std::chrono::steady_clock::now();
        const WhatIf what = read_what_if(req, state, false);
        const Variant variant = make_variant(*what.plan, what.edits, what.name);
        const Language language = language_of(req, state);
        const std::shared_ptr<const Results> answer = expected_answer(state, what, variant);
        const double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
        send_json(res, {{"variant", {{"name", variant.name}, {"sha256", variant.sha256}}},
                        {"html", expected_answer_html(what.plan->expected, *answer, wording_of(language))},
                        {"years", year_figures(what.plan->expected, *answer)},
                        {"measures", measure_figures(what.plan->expected, *answer)},
                        {"server_ms", ms}});
    }));

    // The expected answer as `intsim expect` writes its results.json for the downloaded
    // variant file (the run's wall_seconds aside: the time it took here).
    server.Post("/api/expect/results.json", guarded([&state](const httplib::Request& req, httplib::Response& res) {
        const auto start = std::chrono::steady_clock::now();
        const WhatIf what = read_what_if(req, state, false);
        const Variant variant = make_variant(*what.plan, what.edits, what.name);
        Results results = *expected_answer(state, what, variant);
        results.run.wall_seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        res.set_header("Content-Disposition", attachment("results.json"));
        res.set_content(results_to_json(results, INTSIM_VERSION).dump(1) + "\n", "application/json; charset=utf-8");
    }));

    server.Post("/api/variant-file", guarded([&state](const httplib::Request& req, httplib::Response& res) {
        const WhatIf what = read_what_if(req, state, false);
        const Variant variant = make_variant(*what.plan, what.edits, what.name);
        res.set_header("Content-Disposition", attachment(variant.name + ".json"));
        res.set_content(variant_file_text(*what.plan, variant), "application/json; charset=utf-8");
    }));

    server.Post("/api/jobs", guarded([&state](const httplib::Request& req, httplib::Response& res) {
        WhatIf what = read_what_if(req, state, true);
        JobRequest job;
        job.plan = what.plan;
        job.variant = make_variant(*what.plan, what.edits, what.name);
        job.replications = what.replications;
        job.seed = what.seed;
        job.note = what.note;
        job.client = req.remote_addr;
        job.language = language_of(req, state);
        // The store is checked now, so that a run that could not be recorded never starts.
        if (!state.store_error.empty()) throw RequestError(409, state.store_error);
        const auto submitted = state.queue->submit(std::move(job));
        send_json(res, job_json(*submitted, *state.queue, wording_of(language_of(req, state))), 202);
    }));

    server.Get(R"(/api/jobs/(\d+))", guarded([&state](const httplib::Request& req, httplib::Response& res) {
        const auto job = state.queue->find(id_of(req.matches[1], "run"));
        if (!job) throw RequestError(404, fmt::format("no Monte Carlo run {} on this server", req.matches[1].str()));
        send_json(res, job_json(*job, *state.queue, wording_of(language_of(req, state))));
    }));

    server.Post(R"(/api/jobs/(\d+)/cancel)", guarded([&state](const httplib::Request& req, httplib::Response& res) {
        const std::int64_t id = id_of(req.matches[1], "run");
        if (!state.queue->find(id)) throw RequestError(404, fmt::format("no Monte Carlo run {} on this server", id));
        send_json(res, {{"cancelled", state.queue->cancel(id)}});
    }));

    server.Get(R"(/api/jobs/(\d+)/report\.html)", guarded([&state](const httplib::Request& req, httplib::Response& res) {
        const auto job = finished_job(state, req.matches[1]);
        if (req.has_param("download")) res.set_header("Content-Disposition", attachment("report.html"));
        res.set_content(comparison_html(*job->comparison, job->identities, INTSIM_VERSION, wording_of(language_of(req, state))),
                        "text/html; charset=utf-8");
    }));

    server.Get(R"(/api/jobs/(\d+)/differences\.csv)", guarded([&state](const httplib::Request& req, httplib::Response& res) {
        const auto job = finished_job(state, req.matches[1]);
        const bool german = language_of(req, state) == Language::De;
        res.set_header("Content-Disposition", attachment("differences.csv"));
        res.set_content(to_csv(differences_table(*job->comparison), csv_dialect(german ? "de" : "en")),
                        "text/csv; charset=utf-8");
    }));

    server.Get(R"(/api/jobs/(\d+)/compare\.json)", guarded([&state](const httplib::Request& req, httplib::Response& res) {
        const auto job = finished_job(state, req.matches[1]);
        res.set_header("Content-Disposition", attachment("compare.json"));
        res.set_content(comparison_to_json(*job->comparison, job->identities, job->facts, INTSIM_VERSION).dump(1) + "\n",
                        "application/json; charset=utf-8");
    }));

    server.Get("/api/runs", guarded([&state](const httplib::Request&, httplib::Response& res) {
        nlohmann::json runs = nlohmann::json::array();
        if (state.store)
            for (const RunSummary& r : state.store->list()) runs.push_back(run_summary_json(r));
        send_json(res, {{"store", state.store_path}, {"store_error", state.store_error}, {"runs", runs}});
    }));

    const auto stored = [&state](const std::string& id_text) {
        if (!state.store) throw RequestError(404, "this server records no runs (--store off)");
        auto run = state.store->load(id_of(id_text, "stored run"));
        if (!run) throw RequestError(404, fmt::format("no run {} in the run store {}", id_text, state.store_path));
        return *run;
    };
    server.Get(R"(/api/runs/(\d+))", guarded([stored](const httplib::Request& req, httplib::Response& res) {
        send_json(res, stored_run_json(stored(req.matches[1])));
    }));
    // The report.html a stored run wrote (the command line's, byte for byte, or the page's).
    server.Get(R"(/api/runs/(\d+)/report\.html)", guarded([&state, stored](const httplib::Request& req, httplib::Response& res) {
        const StoredRun run = stored(req.matches[1]);
        const auto html = state.store->report_html(run.id);
        if (!html)
            throw RequestError(404, fmt::format("run {} in the run store {} has no report.html: it was run without html "
                                                "in --format, or recorded by an intsim that kept no reports",
                                                run.id, state.store_path));
        if (req.has_param("download")) res.set_header("Content-Disposition", attachment("report.html"));
        res.set_content(*html, "text/html; charset=utf-8");
    }));
    server.Get("/api/runs/diff", guarded([stored](const httplib::Request& req, httplib::Response& res) {
        send_json(res, runs_diff_json(stored(req.get_param_value("a")), stored(req.get_param_value("b"))));
    }));
    server.Post(R"(/api/runs/(\d+)/note)", guarded([&state, stored](const httplib::Request& req, httplib::Response& res) {
        const StoredRun run = stored(req.matches[1]);
        const nlohmann::json body = request_body(req);
        if (!body.is_object()) throw InputError("request body", "", "expected a JSON object, found " + json_type_words(body));
        JsonReader reader(body, "request body");
        const std::string note = reader.string("note");
        reader.finish();
        state.store->set_note(run.id, note);
        send_json(res, {{"id", run.id}, {"note", note}});
    }));
}

}  // namespace intsim
