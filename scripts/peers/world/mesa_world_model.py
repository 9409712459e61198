#!/usr/bin/env python3
"""Mesa peer of Entente's defense-diplomacy model, processes 1-4 and 7 (no legal calls).

Written for the side-by-side comparison of issue 12. It builds the *same* synthetic world as
`DefenseDiplomacyWorld(syntheticStates:seed:)` (a port of xoshiro256** and SplitMix64 reproduces the
layout draw for draw) and runs engagement, dyadic effects, third-party threat, arms dynamics,
regime review and crises/attacks with Mesa agents and Python's own random stream. Norm adherence is
held at its initial value (run the Swift side with `norm_learning: 0`); the legal engine is not
called (its answers do not feed back into the dynamics except through honour draws, which are
modelled here as in Swift).

    pip install mesa numpy
    python3 scripts/peers/world/mesa_world_model.py --states 50 --months 600 --replicates 30 --json out.json

Prints per-outcome means with 95% t intervals and the mean seconds per replicate.
"""
import argparse, json, math, random, statistics, time

import mesa
import numpy as np

M64 = (1 << 64) - 1


def splitmix_mix(z):
    z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & M64
    z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & M64
    return z ^ (z >> 31)


class Xoshiro:
    """xoshiro256** seeded as Entente's `Xoshiro256StarStar(seed:stream:)`."""

    def __init__(self, seed, stream=()):
        h = splitmix_mix((seed + 0x9E3779B97F4A7C15) & M64)
        for index in stream:
            h = splitmix_mix(h ^ splitmix_mix((index + 0xD1B54A32D192ED03) & M64))
        state = h
        self.s = []
        for _ in range(4):
            state = (state + 0x9E3779B97F4A7C15) & M64
            self.s.append(splitmix_mix(state))
        if not any(self.s):
            self.s[0] = 1

    @staticmethod
    def rotl(x, k):
        return ((x << k) | (x >> (64 - k))) & M64

    def next(self):
        s0, s1, s2, s3 = self.s
        result = (self.rotl((s1 * 5) & M64, 7) * 9) & M64
        t = (s1 << 17) & M64
        s2 ^= s0
        s3 ^= s1
        s1 ^= s2
        s0 ^= s3
        s2 ^= t
        s3 = self.rotl(s3, 45)
        self.s = [s0, s1, s2, s3]
        return result

    def double(self):
        return (self.next() >> 11) * 2.0**-53

    def gaussian(self):
        u1 = 1.0 - self.double()
        u2 = self.double()
        return math.sqrt(-2.0 * math.log(u1)) * math.cos(2.0 * math.pi * u2)


def synthetic_world(n, seed):
    """The synthetic world of DefenseDiplomacyWorld+Synthetic.swift, draw for draw."""
    r = Xoshiro(seed, [0x5EED0F3D])
    x, y, c = [0.0] * n, [0.0] * n, [0.0] * n
    member, sovereignty = [False] * n, [0.5] * n
    for i in range(n):
        x[i] = r.double()
        y[i] = r.double()
        c[i] = math.exp(r.gaussian())
        member[i] = r.double() < 1.0 / 3.0
        sovereignty[i] = 0.2 + 0.6 * r.double()
    total = sum(c)
    cap = [v / total for v in c]
    order = sorted(range(n), key=lambda i: (-cap[i], i))
    major = [False] * n
    for i in order[: min(5, max(1, n // 10))]:
        major[i] = True
    near = 1.5 / math.sqrt(n)
    region = lambda i: (0 if x[i] < 0.5 else 1) + (0 if y[i] < 0.5 else 2)
    prox = np.full((n, n), 0.15)
    shared = np.zeros((n, n))
    for i in range(n):
        for j in range(n):
            if i == j:
                continue
            d = math.hypot(x[i] - x[j], y[i] - y[j])
            prox[i, j] = 1.0 if d < near else (0.5 if region(i) == region(j) else 0.15)
            if member[i] and member[j]:
                shared[i, j] = 1
    obligation = np.zeros((n, n), dtype=bool)
    for m in range(n):
        if not major[m]:
            continue
        clients = sorted((j for j in range(n) if not major[j]),
                         key=lambda j: ((x[j] - x[m]) ** 2 + (y[j] - y[m]) ** 2, j))
        for j in clients[:2]:
            obligation[m, j] = obligation[j, m] = True
    rivalry = np.zeros((n, n), dtype=bool)
    for i in range(n):
        for j in range(i + 1, n):
            if prox[i, j] >= 1 or (major[i] and major[j]):
                if r.double() < (0.3 if major[i] and major[j] else 0.05):
                    rivalry[i, j] = rivalry[j, i] = True
    patron = [-1] * n
    for i in range(n):
        best = -1
        for j in range(n):
            if j != i and major[j] and not major[i] and (obligation[i, j] or obligation[j, i]):
                if best < 0 or cap[j] > cap[best]:
                    best = j
        patron[i] = best
    posture = [0 if major[i] or patron[i] >= 0 else 1 for i in range(n)]
    allied = obligation | obligation.T
    trust = np.clip(0.3 + 0.3 * allied + 0.1 * shared / 3 - 0.2 * rivalry, 0, 1)
    np.fill_diagonal(trust, 0.3)
    relevant = [(i, j) for i in range(n) for j in range(i + 1, n)
                if prox[i, j] >= 1 or major[i] or major[j] or allied[i, j] or rivalry[i, j]]
    return dict(n=n, cap=np.array(cap), spending=np.array(cap), major=major, member=member,
                sovereignty=sovereignty, prox=prox, shared=shared, obligation=obligation, rivalry=rivalry,
                patron=patron, posture=posture, trust=trust, relevant=relevant)


# Defaults of DefenseDiplomacyParameters.swift.
P = dict(engagement_rate=0.5, choice_sharpness=3, weight_trust=1, weight_membership=0.5, weight_value=1,
         weight_sovereignty=0.5, regime_exercise_rate=1, great_power_exercise_rate=0.1, trust_gain=0.03,
         transparency_gain=0.05, interoperability_gain=0.05, trust_decay=0.005, capacity_gain=0.002,
         threat_scale=0.05, warfighting_share=0.5, humanitarian_factor=0.3, notification_mitigation=0.5,
         observer_mitigation=0.3, observer_rate=0.1, great_power_notification=0.5, threat_decay=0.02,
         arms_reaction=0.02, arms_fatigue=0.01, economy_ceiling=3, initial_adherence=0.5, sovereignty_cost=0.3,
         regime_review_months=12, crisis_base=0.0005, crisis_threat_effect=2, crisis_rivalry_effect=1.5,
         crisis_distrust_effect=1, crisis_regime_effect=0.5, crisis_interoperability_effect=0.5,
         escalation_base=0.1, deterrence_effect=2, initial_credibility=0.7, honour_gain=0.2, betrayal_loss=0.3)
# (trust, transparency, interoperability, intrusiveness) per instrument, and posture weights.
INSTRUMENTS = [(1.0, 0.5, 1.0, 0.6), (1.0, 1.0, 0.0, 0.1), (0.8, 0.5, 0.3, 0.2), (0.6, 0.3, 0.6, 0.3),
               (0.8, 0.3, 0.3, 0.5), (1.2, 0.8, 0.2, 0.8)]
WEIGHTS = [[0.30, 0.20, 0.15, 0.10, 0.10, 0.15], [0.15, 0.35, 0.20, 0.15, 0.10, 0.05],
           [0.05, 0.60, 0.15, 0.15, 0.05, 0.00]]


class StateAgent(mesa.Agent):
    def __init__(self, model, index):
        super().__init__(model)
        self.index = index

    def step(self):
        m, i, w = self.model, self.index, self.model.w
        rate = P["engagement_rate"] * (0.3 if m.posture[i] == 2 else 1)
        if m.random.random() >= rate:
            return
        u, cum, k = m.random.random(), 0.0, 1
        for index, weight in enumerate(WEIGHTS[m.posture[i]]):
            cum += weight
            if u < cum:
                k = index
                break
        j = m.choose_partner(i, k)
        if j < 0:
            return
        m.strengthen(i, j, k)
        if k == 4:
            m.spending[j] = min(w["spending"][j] * P["economy_ceiling"],
                                m.spending[j] + P["capacity_gain"] * m.spending[i])
        if k == 0:
            m.exercise(i, [i, j])


class WorldModel(mesa.Model):
    def __init__(self, world, seed):
        super().__init__(seed=seed)
        self.w = w = world
        n = w["n"]
        self.n = n
        base = np.full((n, n), 0.02) + 0.3 * w["rivalry"]
        np.fill_diagonal(base, 0)
        self.base_threat = base
        self.threat = base.copy()
        self.trust = w["trust"].copy()
        self.transparency = np.full((n, n), 0.2)
        self.interop = np.zeros((n, n))
        self.spending = w["spending"].copy()
        self.rest = (base * w["spending"][None, :]).sum(axis=1)
        self.credibility = np.full(n, P["initial_credibility"])
        self.member = list(w["member"])
        self.posture = list(w["posture"])
        self.month = 0
        self.crises = self.attacks = self.exercises = 0
        for i in range(n):
            StateAgent(self, i)

    def choose_partner(self, i, k):
        w, n = self.w, self.n
        cands = [j for j in (self.random.randrange(n) for _ in range(16)) if j != i]
        if w["patron"][i] >= 0:
            cands.append(w["patron"][i])
        if not cands:
            return -1
        maxcap = w["cap"].max()
        weights = []
        for j in cands:
            s = (P["weight_trust"] * self.trust[i, j] + P["weight_membership"] * w["shared"][i, j] / 3
                 + P["weight_value"] * w["cap"][j] / maxcap
                 - P["weight_sovereignty"] * w["sovereignty"][i] * INSTRUMENTS[k][3])
            if self.posture[i] == 0:
                pat = w["patron"][i]
                same = j == pat or (pat >= 0 and w["patron"][j] == pat) or w["patron"][j] == i
                s += 1 if same else (-0.5 if w["major"][j] else 0)
            elif self.posture[i] == 1:
                s -= 0.5 * self.interop[i, j]
            else:
                s += 0.5 if self.member[j] else 0
            weights.append(math.exp(P["choice_sharpness"] * s))
        return self.random.choices(cands, weights=weights)[0]

    def strengthen(self, i, j, k, scale=1.0):
        t, tr, io, _ = INSTRUMENTS[k]
        for a, b in ((i, j), (j, i)):
            self.trust[a, b] += scale * min(1, P["trust_gain"] * t) * (1 - self.trust[a, b])
            self.transparency[a, b] += scale * min(1, P["transparency_gain"] * tr) * (1 - self.transparency[a, b])
            self.interop[a, b] += scale * min(1, P["interoperability_gain"] * io) * (1 - self.interop[a, b])

    def add_threat(self, k, j, base):
        cap = self.w["cap"]
        rel = cap[j] / (cap[j] + cap[k])
        self.threat[k, j] = min(1, self.threat[k, j] + base * rel * (1 - self.trust[k, j]))

    def exercise(self, organiser, participants, multilateral=False, warfighting=None, notify=None):
        w = self.w
        self.exercises += 1
        if notify is None:
            notify = P["great_power_notification"] if w["major"][organiser] else P["initial_adherence"]
        notified = self.random.random() < notify
        observers = self.random.random() < P["observer_rate"]
        if warfighting is None:
            warfighting = self.random.random() < P["warfighting_share"]
        focus = 1 if warfighting else P["humanitarian_factor"]
        mitig = (1 - P["notification_mitigation"] if notified else 1) * (1 - P["observer_mitigation"] if observers else 1)
        size = 1 + 0.2 * (sum(self.member) - 2) if multilateral else 1
        part = set(participants)
        for k in range(self.n):
            if k in part:
                continue
            prox = w["prox"][organiser, k]
            if not (prox >= 0.5 or (not multilateral and any(w["rivalry"][k, p] for p in participants))):
                continue
            if multilateral:
                self.add_threat(k, organiser, P["threat_scale"] * focus * mitig * size * prox)
            else:
                for p in participants:
                    self.add_threat(k, p, P["threat_scale"] * focus * mitig * prox)

    def attack(self, a, t):
        w, n = self.w, self.n
        self.attacks += 1
        self.threat[t, a] = 1
        self.trust[t, a] = 0
        self.base_threat[t, a] = max(self.base_threat[t, a], 0.3)
        for ally in range(n):
            if ally in (a, t) or not w["obligation"][ally, t] or w["obligation"][ally, a]:
                continue
            if self.random.random() < self.credibility[ally] * (0.5 + 0.5 * self.trust[ally, t]):
                self.trust[t, ally] += P["honour_gain"] * (1 - self.trust[t, ally])
                self.credibility[ally] += 0.1 * (1 - self.credibility[ally])
                self.threat[a, ally] = min(1, self.threat[a, ally] + 0.2)
            else:
                for j in range(n):
                    if j != ally and (w["obligation"][ally, j] or j == t):
                        self.trust[j, ally] -= P["betrayal_loss"] * self.trust[j, ally]
                self.credibility[ally] *= 0.7

    def step(self):
        w, n = self.w, self.n
        self.month += 1
        self.agents.do("step")  # process 1-3, in index order as in Swift
        if self.random.random() < P["regime_exercise_rate"] / 12:
            members = [i for i in range(n) if self.member[i]]
            if len(members) >= 2:
                organiser = self.random.choice(members)
                scale = 2 / len(members)
                for x in range(len(members)):
                    for y in range(x + 1, len(members)):
                        self.strengthen(members[x], members[y], 0, scale)
                self.exercise(organiser, members, multilateral=True)
        for m in range(n):
            if w["major"][m] and self.random.random() < P["great_power_exercise_rate"]:
                partner = self.random.randrange(n)
                for _ in range(4):
                    if w["patron"][partner] == m:
                        break
                    partner = self.random.randrange(n)
                if partner != m:
                    self.strengthen(m, partner, 0)
                    self.exercise(m, [m, partner], warfighting=True, notify=P["great_power_notification"])
        self.trust += P["trust_decay"] * (w["trust"] - self.trust)
        self.threat += P["threat_decay"] * (self.base_threat - self.threat)
        # Process 4: arms around the rest point.
        np.fill_diagonal(self.threat, 0)
        hostile = self.threat @ self.spending
        s0 = w["spending"]
        nxt = self.spending + P["arms_reaction"] * s0 * (hostile - self.rest) / s0.sum() - P["arms_fatigue"] * (self.spending - s0)
        self.spending = np.clip(nxt, 0.2 * s0, P["economy_ceiling"] * s0)
        # Regime review.
        member_cap = [w["cap"][i] for i in range(n) if self.member[i]]
        mean_cap = sum(member_cap) / len(member_cap) if member_cap else 1 / n
        cost_scale = P["sovereignty_cost"] * 0.3
        for i in range(n):
            if (self.month + i) % P["regime_review_months"] == 0:
                threat = (self.threat[i].sum() - self.threat[i, i]) / max(n - 1, 1)
                benefit = 0.05 + 0.5 * threat + 0.1
                self.member[i] = benefit - cost_scale * w["sovereignty"][i] + 0.05 * self.random.gauss(0, 1) > 0
        # Process 7.
        base = math.log(P["crisis_base"])
        for i, j in w["relevant"]:
            threat = 0.5 * (self.threat[i, j] + self.threat[j, i])
            trust = 0.5 * (self.trust[i, j] + self.trust[j, i])
            both = self.member[i] and self.member[j]
            lh = base + P["crisis_threat_effect"] * threat + P["crisis_distrust_effect"] * (1 - trust)
            if w["rivalry"][i, j]:
                lh += P["crisis_rivalry_effect"]
            if both:
                lh -= P["crisis_regime_effect"]
            lh -= P["crisis_interoperability_effect"] * self.interop[i, j]
            if self.random.random() >= math.exp(lh):
                continue
            self.crises += 1
            for a, b in ((i, j), (j, i)):
                self.threat[a, b] = min(1, self.threat[a, b] + 0.1)
                self.trust[a, b] = max(0, self.trust[a, b] - 0.05)
            a, t = (i, j) if self.threat[i, j] >= self.threat[j, i] else (j, i)
            eff = lambda s: w["cap"][s] * self.spending[s] / s0[s]
            allied = sum(self.credibility[x] * eff(x) for x in range(n)
                         if x not in (a, t) and w["obligation"][x, t])
            esc = P["escalation_base"] * min(1, 2 * eff(a) / (eff(a) + eff(t))) * math.exp(-P["deterrence_effect"] * allied / eff(a))
            if self.random.random() < esc:
                self.attack(a, t)

    def outcomes(self):
        n = self.n
        off = ~np.eye(n, dtype=bool)
        iu = np.triu_indices(n, 1)
        return dict(mean_trust=float(self.trust[off].mean()), mean_threat=float(self.threat[off].mean()),
                    spending_index=float(self.spending.sum() / self.w["spending"].sum()), crises=self.crises,
                    attacks=self.attacks, exercises=self.exercises, regime_share=sum(self.member) / n,
                    exercise_network_density=float((self.interop[iu] >= 0.3).mean()),
                    mean_interoperability=float(self.interop[off].mean()),
                    mean_transparency=float(self.transparency[off].mean()))


def t975(df):
    table = [12.7062, 4.3027, 3.1824, 2.7764, 2.5706, 2.4469, 2.3646, 2.3060, 2.2622, 2.2281]
    return table[df - 1] if df <= len(table) else 1.96 + 2.4 / df


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--states", type=int, default=50)
    ap.add_argument("--months", type=int, default=600)
    ap.add_argument("--replicates", type=int, default=30)
    ap.add_argument("--world-seed", type=int, default=1)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--json")
    args = ap.parse_args()
    world = synthetic_world(args.states, args.world_seed)
    rows, seconds = [], []
    for r in range(args.replicates):
        start = time.perf_counter()
        model = WorldModel(world, seed=args.seed * 100003 + r)
        for _ in range(args.months):
            model.step()
        seconds.append(time.perf_counter() - start)
        rows.append(model.outcomes())
    report = {"states": args.states, "months": args.months, "replicates": args.replicates,
              "seconds_per_replicate": statistics.mean(seconds), "mesa": mesa.__version__, "outcomes": {}}
    for name in rows[0]:
        xs = [row[name] for row in rows]
        mean = statistics.mean(xs)
        half = t975(len(xs) - 1) * statistics.stdev(xs) / math.sqrt(len(xs)) if len(xs) > 1 else float("nan")
        report["outcomes"][name] = {"mean": mean, "ci_low": mean - half, "ci_high": mean + half}
        print(f"{name:28s} {mean:12.4f}  [{mean - half:.4f}, {mean + half:.4f}]")
    print(f"seconds per replicate: {report['seconds_per_replicate']:.3f} (Mesa {mesa.__version__})")
    if args.json:
        with open(args.json, "w") as f:
            json.dump(report, f, indent=2)


if __name__ == "__main__":
    main()
