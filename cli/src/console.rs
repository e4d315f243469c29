//! `corex console`: serves the web console (the static build of `console/`) and tells it where
//! the chain and the content gateway are, through `config.json`.

use crate::output::Output;
use anyhow::{bail, Context, Result};
use axum::{routing::get, Json, Router};
use serde_json::json;
use std::{
	net::SocketAddr,
	path::{Path, PathBuf},
};
use tower_http::services::ServeDir;

/// What the console is served with.
pub struct Served {
	/// The folder of the console's build (`console/dist`).
	pub dir: PathBuf,
	/// Where to listen.
	pub listen: SocketAddr,
	/// The node's RPC endpoint the page connects to.
	pub rpc: String,
	/// The IPFS gateway the page reads models and shards from.
	pub gateway: String,
}

/// Checks that `dir` holds a console build.
pub fn check_build(dir: &Path) -> Result<()> {
	for file in ["index.html", "app.js"] {
		if !dir.join(file).is_file() {
			bail!(
				"{} holds no console build ({file} is missing): run `npm ci && npm run build` in \
				 console/ (scripts/setup.sh run does), or give --dir",
				dir.display()
			);
		}
	}
	Ok(())
}

/// The router: `config.json` from `served`, every other path a file of the build.
pub fn router(served: &Served) -> Router {
	let config = json!({ "rpc": served.rpc, "gateway": served.gateway });
	Router::new()
		.route(
			"/config.json",
			get(move || {
				let config = config.clone();
				async move { Json(config) }
			}),
		)
		.fallback_service(ServeDir::new(&served.dir))
}

/// Serves the console until the process is stopped.
pub async fn serve(out: Output, served: Served) -> Result<()> {
	check_build(&served.dir)?;
	let listener = tokio::net::TcpListener::bind(served.listen)
		.await
		.with_context(|| format!("cannot listen on {}", served.listen))?;
	let address = listener.local_addr()?;
	let url = format!("http://{address}/");
	out.show(
		format!(
			"the Corex console is at {url}\n  chain:   {}\n  gateway: {}\n  (Ctrl-C stops it)",
			served.rpc, served.gateway
		),
		json!({ "url": url, "rpc": served.rpc, "gateway": served.gateway }),
	);
	axum::serve(listener, router(&served)).await.context("the console's server stopped")
}

#[cfg(test)]
mod tests {
	use super::*;

	fn build_in(dir: &Path) {
		std::fs::write(dir.join("index.html"), "<title>Corex console</title>").unwrap();
		std::fs::write(dir.join("app.js"), "console.log(1)").unwrap();
	}

	fn get(url: &str) -> (u16, String, String) {
		let mut response =
			ureq::get(url).config().http_status_as_error(false).build().call().unwrap();
		let status = response.status().as_u16();
		let kind = response
			.headers()
			.get("content-type")
			.and_then(|v| v.to_str().ok())
			.unwrap_or_default()
			.to_string();
		(status, kind, response.body_mut().read_to_string().unwrap())
	}

	#[tokio::test(flavor = "multi_thread")]
	async fn serves_the_build_and_its_config() {
		let dir = std::env::temp_dir().join(format!("corex-console-{}", std::process::id()));
		std::fs::create_dir_all(&dir).unwrap();
		build_in(&dir);
		let served = Served {
			dir: dir.clone(),
			listen: "127.0.0.1:0".parse().unwrap(),
			rpc: "ws://127.0.0.1:9944".into(),
			gateway: "http://127.0.0.1:8089".into(),
		};
		let listener = tokio::net::TcpListener::bind(served.listen).await.unwrap();
		let base = format!("http://{}", listener.local_addr().unwrap());
		let app = router(&served);
		tokio::spawn(async move { axum::serve(listener, app).await });
		let answers = tokio::task::spawn_blocking(move || {
			[
				get(&format!("{base}/config.json")),
				get(&format!("{base}/")),
				get(&format!("{base}/app.js")),
				get(&format!("{base}/../Cargo.toml")),
				get(&format!("{base}/absent.js")),
			]
		})
		.await
		.unwrap();
		let config: serde_json::Value = serde_json::from_str(&answers[0].2).unwrap();
		assert_eq!(
			config,
			json!({ "rpc": "ws://127.0.0.1:9944", "gateway": "http://127.0.0.1:8089" })
		);
		assert_eq!((answers[1].0, answers[1].2.as_str()), (200, "<title>Corex console</title>"));
		assert!(answers[1].1.starts_with("text/html"));
		assert_eq!(answers[2].0, 200);
		assert!(answers[2].1.contains("javascript"), "{}", answers[2].1);
		// Nothing outside the build is served.
		assert_eq!(answers[3].0, 404);
		assert_eq!(answers[4].0, 404);
		std::fs::remove_dir_all(&dir).unwrap();
	}

	#[test]
	fn refuses_a_folder_without_a_build() {
		let dir = std::env::temp_dir().join(format!("corex-console-empty-{}", std::process::id()));
		std::fs::create_dir_all(&dir).unwrap();
		let error = check_build(&dir).unwrap_err().to_string();
		assert!(error.contains("holds no console build (index.html is missing)"), "{error}");
		assert!(error.contains("npm run build"), "{error}");
		build_in(&dir);
		assert!(check_build(&dir).is_ok());
		std::fs::remove_dir_all(&dir).unwrap();
	}
}
