# mpn-eligibility — `make serve` and `make test` do everything on a fresh machine.
PORT ?= 8000
CRATE := mpn_eligibility
WASM := target/wasm32-unknown-unknown/release/$(CRATE).wasm
PKG := www/pkg
APP := www/app
EMBED := www/embed
export PATH := $(HOME)/.cargo/bin:$(PATH)

.PHONY: setup build serve test test-quick test-native test-wasm test-e2e lint bench lighthouse mutants clean

setup:
	@./scripts/setup.sh

# Two builds of one crate: www/pkg/ has the JS API (check, catalog, describe) and the embed for
# docs sites and Node; www/app/ is what the page loads, without the API's serde code
# (--no-default-features). Each is rebuilt only when a file it is made from is newer, so a second
# `make build` does nothing (cargo alone would rebuild both: they share one output file).
SOURCES := Cargo.toml Cargo.lock build.rs $(shell find src build data -type f 2>/dev/null)

.DELETE_ON_ERROR:

$(PKG)/$(CRATE)_bg.wasm: $(SOURCES) | setup
	cargo build --release --target wasm32-unknown-unknown --lib
	wasm-bindgen --target web --out-dir $(PKG) $(WASM)
	npx --no-install wasm-opt -Oz $@ -o $@

# One page build per language (www/app/en/, www/app/pl/): www/main.js loads the one the page
# speaks, and the language switch reloads the page in the other. Its texts are written first:
# minify.mjs rewrites every .js of the directory, and a text it touched after the sources
# changed would look up to date while holding the old words.
$(APP)/%/$(CRATE)_bg.wasm: $(SOURCES) $(APP)/%/quotes.js $(APP)/%/words.js | setup
	cargo build --release --target wasm32-unknown-unknown --lib --no-default-features --features page-$*
	wasm-bindgen --target web --no-typescript --out-dir $(APP)/$* $(WASM)
	node scripts/minify.mjs $(APP)/$*
	npx --no-install wasm-opt -Oz --converge --zero-filled-memory --strip-producers $@ -o $@

# "Beyond the answer", one small build per language, loaded when an answer is drawn (src/beyond.rs).
BEYOND := www/beyond
$(BEYOND)/%/$(CRATE)_bg.wasm: $(SOURCES) | setup
	cargo build --release --target wasm32-unknown-unknown --lib --no-default-features --features page-$*,beyond
	wasm-bindgen --target web --no-typescript --out-dir $(BEYOND)/$* $(WASM)
	node scripts/minify.mjs $(BEYOND)/$*
	npx --no-install wasm-opt -Oz --converge --zero-filled-memory --strip-producers $@ -o $@

# The text the page's and the element's builds leave out of their wasm: the article's words they
# quote (src/describe/loaded.rs) and the page's fixed strings (src/ui/i18n.rs). Its own target
# directory: `cargo test` builds the same binary with other features into target/debug/, and
# `cargo run` there would then run that stale copy (it did: words.js from a previous i18n.rs).
TEXTS_JS := cargo run --quiet --target-dir target/texts --bin texts_js --
$(APP)/%/quotes.js: $(SOURCES) | setup
	@mkdir -p $(@D)
	$(TEXTS_JS) quotes $* > $@
	node scripts/minify.mjs --js $@ $@

$(APP)/%/words.js: $(SOURCES) | setup
	@mkdir -p $(@D)
	$(TEXTS_JS) words $* > $@
	node scripts/minify.mjs --js $@ $@

$(EMBED)/%/quotes.js: $(APP)/%/quotes.js
	@mkdir -p $(@D)
	cp $< $@

# The element's lean build, one per language (www/embed/en/, www/embed/pl/): www/embed.js loads
# the one in the element's language; no JS API serde, no page (Cargo.toml, feature `embed`).
$(EMBED)/%/$(CRATE)_bg.wasm: $(SOURCES) $(EMBED)/%/quotes.js | setup
	cargo build --release --target wasm32-unknown-unknown --lib --no-default-features --features page-$*,embed
	wasm-bindgen --target web --no-typescript --out-dir $(EMBED)/$* $(WASM)
	node scripts/minify.mjs $(EMBED)/$*
	npx --no-install wasm-opt -Oz --converge --zero-filled-memory --strip-producers $@ -o $@

build: setup $(PKG)/$(CRATE)_bg.wasm $(APP)/en/$(CRATE)_bg.wasm $(APP)/pl/$(CRATE)_bg.wasm $(APP)/en/quotes.js $(APP)/pl/quotes.js $(APP)/en/words.js $(APP)/pl/words.js $(EMBED)/en/quotes.js $(EMBED)/pl/quotes.js $(BEYOND)/en/$(CRATE)_bg.wasm $(BEYOND)/pl/$(CRATE)_bg.wasm $(EMBED)/en/$(CRATE)_bg.wasm $(EMBED)/pl/$(CRATE)_bg.wasm
	@rm -f $(APP)/$(CRATE).js $(APP)/$(CRATE)_bg.wasm
	@node scripts/package.mjs
	@node scripts/docs-ids.mjs
	@node scripts/minify.mjs --css $(EMBED)/checker.css www/style.css www/embed.css
	@node scripts/minify.mjs --js www/embed.js src/embed.js
	@node scripts/selftest.mjs
	@node scripts/offline.mjs
	@node scripts/sizes.mjs
	@node scripts/compress.mjs

serve: build
	@echo "Serving www/ on http://127.0.0.1:$(PORT)/ (Ctrl-C to stop)"
	python3 scripts/serve.py --port $(PORT) --dir www

test: build
	@./scripts/test.sh

# Everything but the e2e specs beyond the smoke test: a fast loop while editing (not a substitute).
test-quick: build
	@QUICK=1 ./scripts/test.sh

test-native:
	cargo test

test-wasm: setup
	cargo test --target wasm32-unknown-unknown --test web

test-e2e: build
	npx --no-install playwright test

lint:
	cargo fmt --check
	cargo clippy --all-targets -- -D warnings
	cargo clippy --target wasm32-unknown-unknown --lib -- -D warnings
	cargo clippy --target wasm32-unknown-unknown --lib --no-default-features --features page-en -- -D warnings
	cargo clippy --target wasm32-unknown-unknown --lib --no-default-features --features page-pl -- -D warnings
	cargo clippy --target wasm32-unknown-unknown --lib --no-default-features --features page-pl,embed -- -D warnings
	cargo clippy --target wasm32-unknown-unknown --lib --no-default-features --features page-pl,beyond -- -D warnings

bench: build
	@./scripts/bench.sh

# Mutation testing of src/rules/ and src/share.rs (cargo-mutants, pinned, installed on first use).
mutants:
	@./scripts/mutants.sh

# Lighthouse 12 (mobile) on /, a share link and the docs example; every category must be >= 95.
lighthouse: build
	@./scripts/lighthouse.sh

clean:
	cargo clean
	rm -rf $(PKG) $(APP) $(EMBED) $(BEYOND) test-results www/selftest/cases.json
	find www \( -name '*.br' -o -name '*.gz' \) -delete
