const z=globalThis,le=z.ShadowRoot&&(z.ShadyCSS===void 0||z.ShadyCSS.nativeShadow)&&"adoptedStyleSheets"in Document.prototype&&"replace"in CSSStyleSheet.prototype,ce=Symbol(),_e=new WeakMap;let Oe=class{constructor(e,t,n){if(this._$cssResult$=!0,n!==ce)throw Error("CSSResult is not constructable. Use `unsafeCSS` or `css` instead.");this.cssText=e,this.t=t}get styleSheet(){let e=this.o;const t=this.t;if(le&&e===void 0){const n=t!==void 0&&t.length===1;n&&(e=_e.get(t)),e===void 0&&((this.o=e=new CSSStyleSheet).replaceSync(this.cssText),n&&_e.set(t,e))}return e}toString(){return this.cssText}};const et=r=>new Oe(typeof r=="string"?r:r+"",void 0,ce),D=(r,...e)=>{const t=r.length===1?r[0]:e.reduce((n,o,i)=>n+(s=>{if(s._$cssResult$===!0)return s.cssText;if(typeof s=="number")return s;throw Error("Value passed to 'css' function must be a 'css' function result: "+s+". Use 'unsafeCSS' to pass non-literal values, but take care to ensure page security.")})(o)+r[i+1],r[0]);return new Oe(t,r,ce)},tt=(r,e)=>{if(le)r.adoptedStyleSheets=e.map(t=>t instanceof CSSStyleSheet?t:t.styleSheet);else for(const t of e){const n=document.createElement("style"),o=z.litNonce;o!==void 0&&n.setAttribute("nonce",o),n.textContent=t.cssText,r.appendChild(n)}},ye=le?r=>r:r=>r instanceof CSSStyleSheet?(e=>{let t="";for(const n of e.cssRules)t+=n.cssText;return et(t)})(r):r;const{is:rt,defineProperty:nt,getOwnPropertyDescriptor:ot,getOwnPropertyNames:it,getOwnPropertySymbols:st,getPrototypeOf:at}=Object,Y=globalThis,ve=Y.trustedTypes,lt=ve?ve.emptyScript:"",ct=Y.reactiveElementPolyfillSupport,N=(r,e)=>r,W={toAttribute(r,e){switch(e){case Boolean:r=r?lt:null;break;case Object:case Array:r=r==null?r:JSON.stringify(r)}return r},fromAttribute(r,e){let t=r;switch(e){case Boolean:t=r!==null;break;case Number:t=r===null?null:Number(r);break;case Object:case Array:try{t=JSON.parse(r)}catch{t=null}}return t}},de=(r,e)=>!rt(r,e),$e={attribute:!0,type:String,converter:W,reflect:!1,useDefault:!1,hasChanged:de};Symbol.metadata??=Symbol("metadata"),Y.litPropertyMetadata??=new WeakMap;let S=class extends HTMLElement{static addInitializer(e){this._$Ei(),(this.l??=[]).push(e)}static get observedAttributes(){return this.finalize(),this._$Eh&&[...this._$Eh.keys()]}static createProperty(e,t=$e){if(t.state&&(t.attribute=!1),this._$Ei(),this.prototype.hasOwnProperty(e)&&((t=Object.create(t)).wrapped=!0),this.elementProperties.set(e,t),!t.noAccessor){const n=Symbol(),o=this.getPropertyDescriptor(e,n,t);o!==void 0&&nt(this.prototype,e,o)}}static getPropertyDescriptor(e,t,n){const{get:o,set:i}=ot(this.prototype,e)??{get(){return this[t]},set(s){this[t]=s}};return{get:o,set(s){const l=o?.call(this);i?.call(this,s),this.requestUpdate(e,l,n)},configurable:!0,enumerable:!0}}static getPropertyOptions(e){return this.elementProperties.get(e)??$e}static _$Ei(){if(this.hasOwnProperty(N("elementProperties")))return;const e=at(this);e.finalize(),e.l!==void 0&&(this.l=[...e.l]),this.elementProperties=new Map(e.elementProperties)}static finalize(){if(this.hasOwnProperty(N("finalized")))return;if(this.finalized=!0,this._$Ei(),this.hasOwnProperty(N("properties"))){const t=this.properties,n=[...it(t),...st(t)];for(const o of n)this.createProperty(o,t[o])}const e=this[Symbol.metadata];if(e!==null){const t=litPropertyMetadata.get(e);if(t!==void 0)for(const[n,o]of t)this.elementProperties.set(n,o)}this._$Eh=new Map;for(const[t,n]of this.elementProperties){const o=this._$Eu(t,n);o!==void 0&&this._$Eh.set(o,t)}this.elementStyles=this.finalizeStyles(this.styles)}static finalizeStyles(e){const t=[];if(Array.isArray(e)){const n=new Set(e.flat(1/0).reverse());for(const o of n)t.unshift(ye(o))}else e!==void 0&&t.push(ye(e));return t}static _$Eu(e,t){const n=t.attribute;return n===!1?void 0:typeof n=="string"?n:typeof e=="string"?e.toLowerCase():void 0}constructor(){super(),this._$Ep=void 0,this.isUpdatePending=!1,this.hasUpdated=!1,this._$Em=null,this._$Ev()}_$Ev(){this._$ES=new Promise(e=>this.enableUpdating=e),this._$AL=new Map,this._$E_(),this.requestUpdate(),this.constructor.l?.forEach(e=>e(this))}addController(e){(this._$EO??=new Set).add(e),this.renderRoot!==void 0&&this.isConnected&&e.hostConnected?.()}removeController(e){this._$EO?.delete(e)}_$E_(){const e=new Map,t=this.constructor.elementProperties;for(const n of t.keys())this.hasOwnProperty(n)&&(e.set(n,this[n]),delete this[n]);e.size>0&&(this._$Ep=e)}createRenderRoot(){const e=this.shadowRoot??this.attachShadow(this.constructor.shadowRootOptions);return tt(e,this.constructor.elementStyles),e}connectedCallback(){this.renderRoot??=this.createRenderRoot(),this.enableUpdating(!0),this._$EO?.forEach(e=>e.hostConnected?.())}enableUpdating(e){}disconnectedCallback(){this._$EO?.forEach(e=>e.hostDisconnected?.())}attributeChangedCallback(e,t,n){this._$AK(e,n)}_$ET(e,t){const n=this.constructor.elementProperties.get(e),o=this.constructor._$Eu(e,n);if(o!==void 0&&n.reflect===!0){const i=(n.converter?.toAttribute!==void 0?n.converter:W).toAttribute(t,n.type);this._$Em=e,i==null?this.removeAttribute(o):this.setAttribute(o,i),this._$Em=null}}_$AK(e,t){const n=this.constructor,o=n._$Eh.get(e);if(o!==void 0&&this._$Em!==o){const i=n.getPropertyOptions(o),s=typeof i.converter=="function"?{fromAttribute:i.converter}:i.converter?.fromAttribute!==void 0?i.converter:W;this._$Em=o;const l=s.fromAttribute(t,i.type);this[o]=l??this._$Ej?.get(o)??l,this._$Em=null}}requestUpdate(e,t,n,o=!1,i){if(e!==void 0){const s=this.constructor;if(o===!1&&(i=this[e]),n??=s.getPropertyOptions(e),!((n.hasChanged??de)(i,t)||n.useDefault&&n.reflect&&i===this._$Ej?.get(e)&&!this.hasAttribute(s._$Eu(e,n))))return;this.C(e,t,n)}this.isUpdatePending===!1&&(this._$ES=this._$EP())}C(e,t,{useDefault:n,reflect:o,wrapped:i},s){n&&!(this._$Ej??=new Map).has(e)&&(this._$Ej.set(e,s??t??this[e]),i!==!0||s!==void 0)||(this._$AL.has(e)||(this.hasUpdated||n||(t=void 0),this._$AL.set(e,t)),o===!0&&this._$Em!==e&&(this._$Eq??=new Set).add(e))}async _$EP(){this.isUpdatePending=!0;try{await this._$ES}catch(t){Promise.reject(t)}const e=this.scheduleUpdate();return e!=null&&await e,!this.isUpdatePending}scheduleUpdate(){return this.performUpdate()}performUpdate(){if(!this.isUpdatePending)return;if(!this.hasUpdated){if(this.renderRoot??=this.createRenderRoot(),this._$Ep){for(const[o,i]of this._$Ep)this[o]=i;this._$Ep=void 0}const n=this.constructor.elementProperties;if(n.size>0)for(const[o,i]of n){const{wrapped:s}=i,l=this[o];s!==!0||this._$AL.has(o)||l===void 0||this.C(o,void 0,i,l)}}let e=!1;const t=this._$AL;try{e=this.shouldUpdate(t),e?(this.willUpdate(t),this._$EO?.forEach(n=>n.hostUpdate?.()),this.update(t)):this._$EM()}catch(n){throw e=!1,this._$EM(),n}e&&this._$AE(t)}willUpdate(e){}_$AE(e){this._$EO?.forEach(t=>t.hostUpdated?.()),this.hasUpdated||(this.hasUpdated=!0,this.firstUpdated(e)),this.updated(e)}_$EM(){this._$AL=new Map,this.isUpdatePending=!1}get updateComplete(){return this.getUpdateComplete()}getUpdateComplete(){return this._$ES}shouldUpdate(e){return!0}update(e){this._$Eq&&=this._$Eq.forEach(t=>this._$ET(t,this[t])),this._$EM()}updated(e){}firstUpdated(e){}};S.elementStyles=[],S.shadowRootOptions={mode:"open"},S[N("elementProperties")]=new Map,S[N("finalized")]=new Map,ct?.({ReactiveElement:S}),(Y.reactiveElementVersions??=[]).push("2.1.2");const ue=globalThis,we=r=>r,Z=ue.trustedTypes,Ae=Z?Z.createPolicy("lit-html",{createHTML:r=>r}):void 0,Re="$lit$",v=`lit$${Math.random().toFixed(9).slice(2)}$`,Ue="?"+v,dt=`<${Ue}>`,j=document,O=()=>j.createComment(""),R=r=>r===null||typeof r!="object"&&typeof r!="function",he=Array.isArray,ut=r=>he(r)||typeof r?.[Symbol.iterator]=="function",ee=`[ 	
\f\r]`,H=/<(?:(!--|\/[^a-zA-Z])|(\/?[a-zA-Z][^>\s]*)|(\/?$))/g,ke=/-->/g,xe=/>/g,w=RegExp(`>|${ee}(?:([^\\s"'>=/]+)(${ee}*=${ee}*(?:[^ 	
\f\r"'\`<>=]|("|')|))|$)`,"g"),je=/'/g,Ee=/"/g,Ve=/^(?:script|style|textarea|title)$/i,De=r=>(e,...t)=>({_$litType$:r,strings:e,values:t}),b=De(1),sr=De(2),E=Symbol.for("lit-noChange"),f=Symbol.for("lit-nothing"),Se=new WeakMap,x=j.createTreeWalker(j,129);function Fe(r,e){if(!he(r)||!r.hasOwnProperty("raw"))throw Error("invalid template strings array");return Ae!==void 0?Ae.createHTML(e):e}const ht=(r,e)=>{const t=r.length-1,n=[];let o,i=e===2?"<svg>":e===3?"<math>":"",s=H;for(let l=0;l<t;l++){const a=r[l];let h,d,c=-1,p=0;for(;p<a.length&&(s.lastIndex=p,d=s.exec(a),d!==null);)p=s.lastIndex,s===H?d[1]==="!--"?s=ke:d[1]!==void 0?s=xe:d[2]!==void 0?(Ve.test(d[2])&&(o=RegExp("</"+d[2],"g")),s=w):d[3]!==void 0&&(s=w):s===w?d[0]===">"?(s=o??H,c=-1):d[1]===void 0?c=-2:(c=s.lastIndex-d[2].length,h=d[1],s=d[3]===void 0?w:d[3]==='"'?Ee:je):s===Ee||s===je?s=w:s===ke||s===xe?s=H:(s=w,o=void 0);const m=s===w&&r[l+1].startsWith("/>")?" ":"";i+=s===H?a+dt:c>=0?(n.push(h),a.slice(0,c)+Re+a.slice(c)+v+m):a+v+(c===-2?l:m)}return[Fe(r,i+(r[t]||"<?>")+(e===2?"</svg>":e===3?"</math>":"")),n]};class U{constructor({strings:e,_$litType$:t},n){let o;this.parts=[];let i=0,s=0;const l=e.length-1,a=this.parts,[h,d]=ht(e,t);if(this.el=U.createElement(h,n),x.currentNode=this.el.content,t===2||t===3){const c=this.el.content.firstChild;c.replaceWith(...c.childNodes)}for(;(o=x.nextNode())!==null&&a.length<l;){if(o.nodeType===1){if(o.hasAttributes())for(const c of o.getAttributeNames())if(c.endsWith(Re)){const p=d[s++],m=o.getAttribute(c).split(v),_=/([.?@])?(.*)/.exec(p);a.push({type:1,index:i,name:_[2],strings:m,ctor:_[1]==="."?ft:_[1]==="?"?mt:_[1]==="@"?bt:G}),o.removeAttribute(c)}else c.startsWith(v)&&(a.push({type:6,index:i}),o.removeAttribute(c));if(Ve.test(o.tagName)){const c=o.textContent.split(v),p=c.length-1;if(p>0){o.textContent=Z?Z.emptyScript:"";for(let m=0;m<p;m++)o.append(c[m],O()),x.nextNode(),a.push({type:2,index:++i});o.append(c[p],O())}}}else if(o.nodeType===8)if(o.data===Ue)a.push({type:2,index:i});else{let c=-1;for(;(c=o.data.indexOf(v,c+1))!==-1;)a.push({type:7,index:i}),c+=v.length-1}i++}}static createElement(e,t){const n=j.createElement("template");return n.innerHTML=e,n}}function C(r,e,t=r,n){if(e===E)return e;let o=n!==void 0?t._$Co?.[n]:t._$Cl;const i=R(e)?void 0:e._$litDirective$;return o?.constructor!==i&&(o?._$AO?.(!1),i===void 0?o=void 0:(o=new i(r),o._$AT(r,t,n)),n!==void 0?(t._$Co??=[])[n]=o:t._$Cl=o),o!==void 0&&(e=C(r,o._$AS(r,e.values),o,n)),e}class pt{constructor(e,t){this._$AV=[],this._$AN=void 0,this._$AD=e,this._$AM=t}get parentNode(){return this._$AM.parentNode}get _$AU(){return this._$AM._$AU}u(e){const{el:{content:t},parts:n}=this._$AD,o=(e?.creationScope??j).importNode(t,!0);x.currentNode=o;let i=x.nextNode(),s=0,l=0,a=n[0];for(;a!==void 0;){if(s===a.index){let h;a.type===2?h=new M(i,i.nextSibling,this,e):a.type===1?h=new a.ctor(i,a.name,a.strings,this,e):a.type===6&&(h=new gt(i,this,e)),this._$AV.push(h),a=n[++l]}s!==a?.index&&(i=x.nextNode(),s++)}return x.currentNode=j,o}p(e){let t=0;for(const n of this._$AV)n!==void 0&&(n.strings!==void 0?(n._$AI(e,n,t),t+=n.strings.length-2):n._$AI(e[t])),t++}}class M{get _$AU(){return this._$AM?._$AU??this._$Cv}constructor(e,t,n,o){this.type=2,this._$AH=f,this._$AN=void 0,this._$AA=e,this._$AB=t,this._$AM=n,this.options=o,this._$Cv=o?.isConnected??!0}get parentNode(){let e=this._$AA.parentNode;const t=this._$AM;return t!==void 0&&e?.nodeType===11&&(e=t.parentNode),e}get startNode(){return this._$AA}get endNode(){return this._$AB}_$AI(e,t=this){e=C(this,e,t),R(e)?e===f||e==null||e===""?(this._$AH!==f&&this._$AR(),this._$AH=f):e!==this._$AH&&e!==E&&this._(e):e._$litType$!==void 0?this.$(e):e.nodeType!==void 0?this.T(e):ut(e)?this.k(e):this._(e)}O(e){return this._$AA.parentNode.insertBefore(e,this._$AB)}T(e){this._$AH!==e&&(this._$AR(),this._$AH=this.O(e))}_(e){this._$AH!==f&&R(this._$AH)?this._$AA.nextSibling.data=e:this.T(j.createTextNode(e)),this._$AH=e}$(e){const{values:t,_$litType$:n}=e,o=typeof n=="number"?this._$AC(e):(n.el===void 0&&(n.el=U.createElement(Fe(n.h,n.h[0]),this.options)),n);if(this._$AH?._$AD===o)this._$AH.p(t);else{const i=new pt(o,this),s=i.u(this.options);i.p(t),this.T(s),this._$AH=i}}_$AC(e){let t=Se.get(e.strings);return t===void 0&&Se.set(e.strings,t=new U(e)),t}k(e){he(this._$AH)||(this._$AH=[],this._$AR());const t=this._$AH;let n,o=0;for(const i of e)o===t.length?t.push(n=new M(this.O(O()),this.O(O()),this,this.options)):n=t[o],n._$AI(i),o++;o<t.length&&(this._$AR(n&&n._$AB.nextSibling,o),t.length=o)}_$AR(e=this._$AA.nextSibling,t){for(this._$AP?.(!1,!0,t);e!==this._$AB;){const n=we(e).nextSibling;we(e).remove(),e=n}}setConnected(e){this._$AM===void 0&&(this._$Cv=e,this._$AP?.(e))}}class G{get tagName(){return this.element.tagName}get _$AU(){return this._$AM._$AU}constructor(e,t,n,o,i){this.type=1,this._$AH=f,this._$AN=void 0,this.element=e,this.name=t,this._$AM=o,this.options=i,n.length>2||n[0]!==""||n[1]!==""?(this._$AH=Array(n.length-1).fill(new String),this.strings=n):this._$AH=f}_$AI(e,t=this,n,o){const i=this.strings;let s=!1;if(i===void 0)e=C(this,e,t,0),s=!R(e)||e!==this._$AH&&e!==E,s&&(this._$AH=e);else{const l=e;let a,h;for(e=i[0],a=0;a<i.length-1;a++)h=C(this,l[n+a],t,a),h===E&&(h=this._$AH[a]),s||=!R(h)||h!==this._$AH[a],h===f?e=f:e!==f&&(e+=(h??"")+i[a+1]),this._$AH[a]=h}s&&!o&&this.j(e)}j(e){e===f?this.element.removeAttribute(this.name):this.element.setAttribute(this.name,e??"")}}class ft extends G{constructor(){super(...arguments),this.type=3}j(e){this.element[this.name]=e===f?void 0:e}}class mt extends G{constructor(){super(...arguments),this.type=4}j(e){this.element.toggleAttribute(this.name,!!e&&e!==f)}}class bt extends G{constructor(e,t,n,o,i){super(e,t,n,o,i),this.type=5}_$AI(e,t=this){if((e=C(this,e,t,0)??f)===E)return;const n=this._$AH,o=e===f&&n!==f||e.capture!==n.capture||e.once!==n.once||e.passive!==n.passive,i=e!==f&&(n===f||o);o&&this.element.removeEventListener(this.name,this,n),i&&this.element.addEventListener(this.name,this,e),this._$AH=e}handleEvent(e){typeof this._$AH=="function"?this._$AH.call(this.options?.host??this.element,e):this._$AH.handleEvent(e)}}class gt{constructor(e,t,n){this.element=e,this.type=6,this._$AN=void 0,this._$AM=t,this.options=n}get _$AU(){return this._$AM._$AU}_$AI(e){C(this,e)}}const ar={I:M},_t=ue.litHtmlPolyfillSupport;_t?.(U,M),(ue.litHtmlVersions??=[]).push("3.3.3");const yt=(r,e,t)=>{const n=t?.renderBefore??e;let o=n._$litPart$;if(o===void 0){const i=t?.renderBefore??null;n._$litPart$=o=new M(e.insertBefore(O(),i),i,void 0,t??{})}return o._$AI(r),o};const pe=globalThis;let L=class extends S{constructor(){super(...arguments),this.renderOptions={host:this},this._$Do=void 0}createRenderRoot(){const e=super.createRenderRoot();return this.renderOptions.renderBefore??=e.firstChild,e}update(e){const t=this.render();this.hasUpdated||(this.renderOptions.isConnected=this.isConnected),super.update(e),this._$Do=yt(t,this.renderRoot,this.renderOptions)}connectedCallback(){super.connectedCallback(),this._$Do?.setConnected(!0)}disconnectedCallback(){super.disconnectedCallback(),this._$Do?.setConnected(!1)}render(){return E}};L._$litElement$=!0,L.finalized=!0,pe.litElementHydrateSupport?.({LitElement:L});const vt=pe.litElementPolyfillSupport;vt?.({LitElement:L});(pe.litElementVersions??=[]).push("4.2.2");const $t={attribute:!0,type:String,converter:W,reflect:!1,hasChanged:de},wt=(r=$t,e,t)=>{const{kind:n,metadata:o}=t;let i=globalThis.litPropertyMetadata.get(o);if(i===void 0&&globalThis.litPropertyMetadata.set(o,i=new Map),n==="setter"&&((r=Object.create(r)).wrapped=!0),i.set(t.name,r),n==="accessor"){const{name:s}=t;return{set(l){const a=e.get.call(this);e.set.call(this,l),this.requestUpdate(s,a,r,!0,l)},init(l){return l!==void 0&&this.C(s,void 0,r,l),l}}}if(n==="setter"){const{name:s}=t;return function(l){const a=this[s];e.call(this,l),this.requestUpdate(s,a,r,!0,l)}}throw Error("Unsupported decorator location: "+n)};function T(r){return(e,t)=>typeof t=="object"?wt(r,e,t):((n,o,i)=>{const s=o.hasOwnProperty(i);return o.constructor.createProperty(i,n),s?Object.getOwnPropertyDescriptor(o,i):void 0})(r,e,t)}function Ie(r){return T({...r,state:!0,attribute:!1})}const At=(r,e,t)=>(t.configurable=!0,t.enumerable=!0,Reflect.decorate&&typeof e!="object"&&Object.defineProperty(r,e,t),t);function kt(r,e){return(t,n,o)=>{const i=s=>s.renderRoot?.querySelector(r)??null;return At(t,n,{get(){return i(this)}})}}const xt=(function(){const e=typeof document<"u"&&document.createElement("link").relList;return e&&e.supports&&e.supports("modulepreload")?"modulepreload":"preload"})(),jt=function(r,e){return new URL(r,e).href},Le={},A=function(e,t,n){let o=Promise.resolve();if(t&&t.length>0){let h=function(d){return Promise.all(d.map(c=>Promise.resolve(c).then(p=>({status:"fulfilled",value:p}),p=>({status:"rejected",reason:p}))))};const s=document.getElementsByTagName("link"),l=document.querySelector("meta[property=csp-nonce]"),a=l?.nonce||l?.getAttribute("nonce");o=h(t.map(d=>{if(d=jt(d,n),d in Le)return;Le[d]=!0;const c=d.endsWith(".css"),p=c?'[rel="stylesheet"]':"";if(n)for(let _=s.length-1;_>=0;_--){const B=s[_];if(B.href===d&&(!c||B.rel==="stylesheet"))return}else if(document.querySelector(`link[href="${d}"]${p}`))return;const m=document.createElement("link");if(m.rel=c?"stylesheet":xt,c||(m.as="script"),m.crossOrigin="",m.href=d,a&&m.setAttribute("nonce",a),document.head.appendChild(m),c)return new Promise((_,B)=>{m.addEventListener("load",_),m.addEventListener("error",()=>B(new Error(`Unable to preload CSS for ${d}`)))})}))}function i(s){const l=new Event("vite:preloadError",{cancelable:!0});if(l.payload=s,window.dispatchEvent(l),!l.defaultPrevented)throw s}return o.then(s=>{for(const l of s||[])l.status==="rejected"&&i(l.reason);return e().catch(i)})},F={"panel.title":"Print Log","panel.open_sidebar":"Open the sidebar","panel.views":"Views","panel.jobs":"Jobs","panel.analytics":"Analytics","panel.printers_error":"Could not load the printers: {error}","common.retry":"Retry","common.refresh":"Refresh","common.loading":"Loading…","common.cancel":"Cancel","common.save":"Save","common.edit":"Edit","common.delete":"Delete","common.close":"Close","common.printer":"Printer","common.printers":"Printers","common.all_printers":"All printers","common.no_data":"No data for this selection","common.unknown":"Unknown","common.unknown_error":"Unknown error","common.other_n":"Other ({n})","common.n_jobs":{one:"{n} job",other:"{n} jobs"},"status.in_progress":"In progress","status.completed":"Completed","status.cancelled":"Cancelled","status.error":"Error","status.klippy_shutdown":"Klippy shutdown","status.klippy_disconnect":"Klippy disconnected","status.interrupted":"Interrupted","status.server_exit":"Server exit","printer.offline":"Offline","printer.standby":"Standby","printer.printing":"Printing","printer.paused":"Paused","printer.complete":"Complete","printer.cancelled":"Cancelled","printer.error":"Error","period.7d":"Last 7 days","period.30d":"Last 30 days","period.90d":"Last 90 days","period.365d":"Last 12 months","period.all":"All time","bucket.day":"Day","bucket.week":"Week","bucket.month":"Month","bucket.year":"Year","bucket_per.day":"day","bucket_per.week":"week","bucket_per.month":"month","bucket_per.year":"year","bucket_many.day":"days","bucket_many.week":"weeks","bucket_many.month":"months","bucket_many.year":"years","kpi.jobs":"Jobs","kpi.jobs_sub":"{completed} completed · {failed} failed · {cancelled} cancelled","kpi.success_rate":"Success rate","kpi.printing_now":{one:"{n} printing now",other:"{n} printing now"},"kpi.print_time":"Print time","kpi.hours_per_job":"{hours} h per job","kpi.filament":"Filament","kpi.cost":"Cost","unit.seconds":"{n} s","unit.minutes":"{n} min","unit.hours":"{n} h","unit.grams":"{n} g","unit.kilograms":"{n} kg","unit.metres":"{n} m","unit.range":"{from}–{to}","unit.under":"<{limit}","unit.at_least":"≥{limit}","duration.days_hours":"{d} d {h} h","duration.hours_minutes":"{h} h {min} min","live.progress_of":"Progress of {file}","live.elapsed":"{time} elapsed","live.left":"{time} left","live.no_job":"No job running","analytics.selection":"Analytics selection","analytics.period":"Period","analytics.group_by":"Group by","analytics.load_error":"Some figures could not be loaded: {error}","analytics.bucket_note":"Shown per {shown}: the jobs span more than 10,000 {bucket} (some have dates far in the past or future).","analytics.jobs_per.day":"Jobs per day","analytics.jobs_per.week":"Jobs per week","analytics.jobs_per.month":"Jobs per month","analytics.jobs_per.year":"Jobs per year","analytics.hours_per.day":"Print hours per day","analytics.hours_per.week":"Print hours per week","analytics.hours_per.month":"Print hours per month","analytics.hours_per.year":"Print hours per year","analytics.unit_jobs":"Jobs","analytics.unit_hours":"Hours","analytics.filament_type":"Filament by type","analytics.filament_type_label":"Filament used by type","analytics.filament_colour":"Filament by colour","analytics.filament_colour_label":"Filament used by colour","analytics.by_spool":"Filament by spool","analytics.by_vendor":"Filament by vendor","analytics.by_material":"Filament by material","analytics.spool_totals":"{grams} from Spoolman spools, costing {cost}","spools.title":"Spools","spools.spool":"Spool","spools.material":"Material","spools.length":"Length","spools.weight":"Weight","spools.filament_cost":"Filament cost from the spools' prices","spools.filter":"Spool","spools.any":"Any spool","spools.vendors":"Vendors","analytics.success_printer":"Success rate per printer","analytics.outcome":"Jobs by outcome","analytics.duration":"Print duration","analytics.duration_label":"Ended jobs by print duration","analytics.heatmap":"When prints start","chart.period":"Period","chart.range":"Range","chart.total":"Total: {total} {unit}","heatmap.label":"Jobs by weekday and hour","heatmap.cell":{one:"{day} {from}–{to}: {count} job",other:"{day} {from}–{to}: {count} jobs"},"rating.rating":"Rating","rating.rated":"Rated {n} of 5","rating.none":"Not rated","rating.of":"Rating of {subject}","rating.stars":{one:"{count} star",other:"{count} stars"},"filter.all_statuses":"All statuses","filter.failed_any":"Failed (any)","column.file":"File","column.status":"Status","column.started":"Started","column.tags":"Tags","column.notes":"Notes","column.picture":"Picture","jobs.key_figures":"Key figures","jobs.load_error":"Could not load the jobs: {error}","jobs.loading":"Loading jobs","jobs.search":"Search file names","jobs.filters":"Filters","jobs.filters_n":"Filters ({n})","jobs.delete_n":"Delete {n}","jobs.add":"Add job","jobs.from":"From","jobs.to":"To","jobs.filament_type":"Filament type","jobs.tags_filter":"Tags (any of, comma separated)","jobs.clear_filters":"Clear filters","jobs.print_jobs":"Print jobs","jobs.select_all":"Select all jobs on this page","jobs.select":"Select {file}","jobs.edit":"Edit {file}","jobs.delete":"Delete {file}","jobs.actions":"Actions","jobs.no_match":"No jobs match these filters","jobs.pages":"Pages","jobs.rows_per_page":"Rows per page","jobs.range":"{first}–{last} of {total}","jobs.previous_page":"Previous page","jobs.next_page":"Next page","jobs.saved":"Saved {file}","jobs.save_error":"Could not save: {error}","jobs.deleted":{one:"Deleted {count} job",other:"Deleted {count} jobs"},"jobs.added":"Added {file}","jobs.delete_heading":{one:"Delete this job?",other:"Delete {count} jobs?"},"jobs.delete_text":{one:"This removes the job record from the print log. It cannot be undone.",other:"This removes the job records from the print log. It cannot be undone."},"jobs.and_more":"and {n} more","jobs.details":"Job details","jobs.add_heading":"Add a job","detail.thumbnail_of":"Thumbnail of {file}","detail.thumbnail_unavailable":"Thumbnail unavailable","detail.no_thumbnail":"No thumbnail","detail.job_id":"Job id","detail.copy_id":"Copy the job id","detail.copy_id_title":"Copy the job id (for actions such as update_job)","detail.copy":"Copy","detail.copied":"Copied","detail.ended":"Ended","detail.estimated":"estimated {time}","detail.total_time":"Total time","detail.pauses":"Pauses","detail.notes_rating":"Notes and rating","detail.failure_reason":"Failure reason","detail.slicer":"Slicer settings","detail.no_slicer":"No slicer settings known","detail.timeline":"Timeline","detail.no_events":"No events recorded","detail.metadata":"Moonraker metadata","detail.fields":{one:"{count} field",other:"{count} fields"},"detail.no_metadata":"No metadata","event.started":"Started","event.paused":"Paused","event.resumed":"Resumed","event.finished":"Finished","event.cancelled":"Cancelled","event.error":"Error","event.disconnected":"Disconnected","event.reconnected":"Reconnected","source.live":"Recorded live","source.import":"Imported from Moonraker's history","source.manual":"Added by hand","form.filename":"File name","form.start":"Start","form.start_date":"Start date","form.start_time":"Start time","config.invalid":"Invalid configuration","config.text":"{option} must be text","config.boolean":"{option} must be true or false","config.whole_number":"{option} must be a whole number from {min} to {max}","config.one_of":"{option} must be one of {values}","form.hours_symbol":"h","form.minutes_symbol":"min","form.hours":"Hours","form.minutes":"Minutes","form.filament_g":"Filament (g)","form.filament_m":"Filament (m)","form.tags":"Tags (separated by commas)","form.failure_reason_failed":"Failure reason (failed jobs)","form.choose_printer":"Choose a printer","form.enter_filename":"Enter the file name","form.choose_status":"Choose how the print ended","form.enter_start":"Enter the start date and time","form.start_future":"The start is in the future: a job is recorded once it ended","form.start_before":"The start must not be before {date}","form.positive":"{field} must be a positive number","form.range":"{field} must be from {min} to {max}","form.filament_weight":"Filament weight","form.filament_length":"Filament length","form.filament_length_mm":"Filament length (mm)","form.print_time_s":"The print time (s)","form.tag_length":{one:"Each tag must be at most {count} character",other:"Each tag must be at most {count} characters"},"card.description":"Current 3D print jobs, recent jobs and key figures from the print log.","card.stub_title":"3D printing","card.success":"Success","card.no_printers":"No printers","card.current_jobs":"Current jobs","card.recent_jobs":"Recent jobs","card.open_job":"Open {file} in the Print Log","card.no_jobs":"No jobs yet","card.key_figures_of":"Key figures, {period}","card.title":"Title","card.show_current":"Show the current jobs","card.show_recent":"Show recent jobs","card.recent_count":"Number of recent jobs","card.show_stats":"Show key figures","card.stats_period":"Period of the key figures","panel.maintenance":"Maintenance","maintenance.left_hours":"{left} of {of} h left","maintenance.left_filament_kg":"{left} of {of} kg left","maintenance.left_jobs":"{left} of {of} jobs left","maintenance.left_days":"{left} of {of} days left","maintenance.delete_confirm":"Delete “{name}”? A task with a log is archived and its log kept.","maintenance.fix_fields":"Please correct the marked fields.","maintenance.field.name":"Task","maintenance.field.interval_hours":"Every … print hours","maintenance.field.interval_filament_kg":"Every … kg of filament","maintenance.field.interval_jobs":"Every … jobs","maintenance.field.interval_days":"Every … days","maintenance.field.cost":"Cost","maintenance.field.notes":"Notes","maintenance.edit_task":"Edit task","maintenance.add_task":"Add task","maintenance.status.ok":"OK","maintenance.status.soon":"Nearly due","maintenance.status.due":"Due","maintenance.progress_of":"How close {name} is to due","maintenance.last_done":"Last done: {when}","maintenance.failure_rate":"Failure rate since: {since} (before: {before})","maintenance.log_done":"Log as done","maintenance.done":"Done","maintenance.total_cost":"Maintenance cost: {cost}","maintenance.no_tasks":"No maintenance tasks for this printer.","maintenance.log":"Maintenance log","maintenance.no_log":"Nothing logged yet.","maintenance.when":"When","maintenance.by":"By","maintenance.counters":"Printer counters","maintenance.counters_value":"{hours} h · {jobs} jobs","photos.title":"Photos","photos.none":"No photos yet","photos.open":"Open the photo","photos.add":"Add a photo","photos.uploading":"Uploading…","photos.upload_failed":"The photo was not added: {error}","photos.close":"Close","photos.kind.first_layer":"First layer","photos.kind.pause":"Paused","photos.kind.end":"End","photos.kind.upload":"Added by hand","climate.title":"Enclosure climate","climate.paused":"Paused","climate.stats":"min {min} · mean {mean} · max {max} {unit}","climate.missing":"no reading for {time}","failure.spaghetti":"Spaghetti","failure.bed_adhesion":"Bed adhesion","failure.clog":"Clogged nozzle","failure.layer_shift":"Layer shift","failure.filament_runout":"Filament ran out","failure.cancelled_on_purpose":"Cancelled on purpose","failure.other":"Other","failure.unknown":"No reason given","failure.other_text":"What happened","analytics.failure_reason":"Why jobs failed","panel.files":"Files","files.search":"Search file names","files.sort":"Sort by","files.order":"Order","files.order.desc":"Highest / newest first","files.order.asc":"Lowest / oldest first","files.sort.last_start":"Last print","files.sort.prints":"Prints","files.sort.success_rate":"Success rate","files.sort.filename":"File name","files.sort.print_duration":"Print time","files.sort.filament":"Filament","files.thumbnail":"Thumbnail","files.file":"File","files.prints":"Prints","files.success_rate":"Success","files.last_result":"Last result","files.mean_time":"Mean time","files.mean_filament":"Mean filament","files.cost":"Cost","files.estimate":"Time vs. estimate","files.none":"No files match","files.range":"{from}–{to} of {total}","files.previous":"Previous page","files.next":"Next page","files.record":"File record","files.per_printer":"Per printer","files.farm":"Whole farm","files.versions":"Versions (re-slices)","files.version":"Version {n} of {count}","files.this_version":"this one","files.open_record":"File record","reprint.action":"Print again","reprint.heading":"Print again","reprint.print":"Print","reprint.copy_and_print":"Copy and print","reprint.print_anyway":"Print anyway","reprint.started":"Started on {printer}.","reprint.started_copied":"Copied from {source} and started on {printer}.","reprint.reason.printer_unknown":"This printer is not loaded.","reprint.reason.printer_offline":"The printer is offline.","reprint.reason.klippy_not_ready":"Klipper is not ready on this printer.","reprint.reason.printer_busy":"The printer is busy.","reprint.reason.file_missing":"The file is on no printer of the farm.","reprint.reason.copy_needed":"The file is not on this printer but on another one of the farm: copy it there first?","reprint.reason.model_mismatch":"The file was sliced for another printer model: print it anyway?","reprint.reason.moonraker_error":"The printer's Moonraker failed: {error}","card.show_reprint":"Offer “print again” (administrators)"},Ce=["en","de","fr","es","it","nl","pl","pt-BR"],Et={de:()=>A(()=>import("./i18n-de-Bg1tEjOn.js"),[],import.meta.url),fr:()=>A(()=>import("./i18n-fr-CE_WMgkV.js"),[],import.meta.url),es:()=>A(()=>import("./i18n-es-Dg5PjsFu.js"),[],import.meta.url),it:()=>A(()=>import("./i18n-it-CBbUrq8d.js"),[],import.meta.url),nl:()=>A(()=>import("./i18n-nl-CpO2Kj6V.js"),[],import.meta.url),pl:()=>A(()=>import("./i18n-pl-DEIvRs7v.js"),[],import.meta.url),"pt-BR":()=>A(()=>import("./i18n-pt-BR-BHqPUdC9.js"),[],import.meta.url)};function X(r){if(!r)return"en";const e=r.toLowerCase().replace(/_/g,"-"),t=Ce.find(o=>o.toLowerCase()===e);if(t)return t;const n=e.split("-")[0];return n==="pt"?"pt-BR":Ce.find(o=>o===n)??"en"}let J="en",Be=F,fe=new Intl.PluralRules("en"),te="en";const re=new Map([["en",F]]);function cr(){return J}async function ze(r){const e=re.get(r);if(e)return e;const t=await Et[r]();return re.set(r,t.default),t.default}async function dr(r,e){const t=X(r);let n=F,o="en";try{n=await ze(t),o=t}catch(i){console.warn(`print_logger: texts in ${t} unavailable, English shown:`,i)}return J=o,Be=n,fe=new Intl.PluralRules(o),te=e??o,o}const Pe=new Map;function St(r){if(typeof r!="number")return r;const e=te??"";let t=Pe.get(e);return t||(t=new Intl.NumberFormat(te,{maximumFractionDigits:2}),Pe.set(e,t)),t.format(r)}function ne(r,e,t=fe){return typeof r=="string"?r:e===void 0?r.other:r[t.select(e)]??r.other}function u(r,e){return We(Be,fe,r,e)}function ur(r,e,t){const n=r?X(r):J,o=re.get(n);return!o||n===J?u(e,t):We(o,new Intl.PluralRules(n),e,t)}function We(r,e,t,n){const o=r[t]??F[t];if(o===void 0)return t;const i=typeof n?.count=="number"?n.count:void 0,s=ne(o,i,e);return n?s.replace(/\{(\w+)\}/g,(l,a)=>n[a]===void 0?l:St(n[a])):s}async function hr(r,e){try{return ne((await ze(X(r)))[e],void 0)}catch{return ne(F[e],void 0)}}const Lt=["monday","tuesday","wednesday","thursday","friday","saturday","sunday"];function Ct(r){try{const e=new Intl.Locale(r??"en"),t=e.getWeekInfo?.()??e.weekInfo;if(t&&t.firstDay>=1&&t.firstDay<=7)return t.firstDay-1}catch{}return 0}function pr(r){const e=r?.locale?.language||r?.language||void 0;let t=e;switch(r?.locale?.number_format){case"comma_decimal":t="en-US";break;case"decimal_comma":t="de-DE";break;case"space_comma":t="fr-FR";break;case"system":t=void 0;break}const n=r?.locale?.time_format,o=n==="12"?!0:n==="24"?!1:void 0,i=r?.locale?.time_zone==="server"&&r.config?.time_zone?r.config.time_zone:void 0,s=Lt.indexOf(r?.locale?.first_weekday??""),l=s>=0?s:Ct(e);return{numberLocale:t,dateLocale:e,timeZone:i,hour12:o,currency:r?.config?.currency,language:X(e),firstWeekday:l}}const Me=new Map,Te=new Map;function Ze(r,e){const t=JSON.stringify([r??null,e]);let n=Me.get(t);return n||(n=new Intl.NumberFormat(r,e),Me.set(t,n)),n}function oe(r,e){const t=JSON.stringify([r??null,e]);let n=Te.get(t);return n||(n=new Intl.DateTimeFormat(r,e),Te.set(t,n)),n}function g(r,e,t=0){return r==null||!Number.isFinite(r)?"—":Ze(e.numberLocale,{maximumFractionDigits:t,minimumFractionDigits:0}).format(r)}function Pt(r,e){return r==null||!Number.isFinite(r)?"—":`${g(r,e,1)} %`}function q(r,e){if(r==null||!Number.isFinite(r))return"—";if(e.currency)try{return Ze(e.numberLocale,{style:"currency",currency:e.currency}).format(r)}catch{}return g(r,e,2)}function ie(r,e){return u(`unit.${e}`,{n:r})}function V(r,e,t,n=0){return r==null||!Number.isFinite(r)?"—":ie(g(r,t,n),e)}function fr(r){if(r==null||!Number.isFinite(r)||r<0)return"—";const e=Math.round(r);if(e<60)return ie(String(e),"seconds");const t=Math.floor(e/60);if(t<60)return ie(String(t),"minutes");const n=Math.floor(t/60),o=t%60;if(n<24)return u("duration.hours_minutes",{h:String(n),min:String(o).padStart(2,"0")});const i=Math.floor(n/24);return u("duration.days_hours",{d:String(i),h:String(n%24)})}function Q(r,e,t=1){return r>=1e3?V(r/1e3,"kilograms",e,2):V(r,"grams",e,t)}function Mt(r,e,t){return r!=null&&Number.isFinite(r)&&r>0?Q(r,t):e!=null&&Number.isFinite(e)&&e>0?V(e/1e3,"metres",t,2):"—"}function mr(r,e,t=!0,n=new Date){if(!r)return"—";const o=new Date(r);if(Number.isNaN(o.getTime()))return"—";const i=oe("en",{year:"numeric",timeZone:e.timeZone}),s=i.format(o)===i.format(n);return oe(e.dateLocale,{year:t||!s?"numeric":void 0,month:"short",day:"numeric",hour:"2-digit",minute:"2-digit",hour12:e.hour12,timeZone:e.timeZone}).format(o)}const Tt={in_progress:"status.in_progress",completed:"status.completed",cancelled:"status.cancelled",error:"status.error",klippy_shutdown:"status.klippy_shutdown",klippy_disconnect:"status.klippy_disconnect",interrupted:"status.interrupted",server_exit:"status.server_exit"};function Ht(r){const e=Tt[r];return e?u(e):r.replace(/_/g," ")}function Nt(r){return r==="completed"?"ok":r==="cancelled"?"warn":r==="in_progress"?"active":"error"}function Ot(r){return b`<span class=${`chip status-${Nt(r)}`}>${Ht(r)}</span>`}function se(r,e){if(!e)return-r.getTimezoneOffset()*6e4;const t=oe("en-US",{timeZone:e,hourCycle:"h23",year:"numeric",month:"2-digit",day:"2-digit",hour:"2-digit",minute:"2-digit",second:"2-digit"}).formatToParts(r),n=i=>Number(t.find(s=>s.type===i)?.value??0);return Date.UTC(n("year"),n("month")-1,n("day"),n("hour"),n("minute"),n("second"))-Math.floor(r.getTime()/1e3)*1e3}function br(r,e,t){const n=/^(\d{4})-(\d{2})-(\d{2})$/.exec(r.trim());if(!n)return;const o=/^(\d{2}):(\d{2})$/.exec((e??"00:00").trim());if(!o)return;const[i,s,l,a,h]=[n[1],n[2],n[3],o[1],o[2]].map(Number),d=Date.UTC(i,s-1,l,a,h),c=new Date(d);if(Number.isNaN(d)||c.getUTCMonth()!==s-1||c.getUTCDate()!==l||a>23||h>59)return;let p=d-se(new Date(d),t);return p=d-se(new Date(p),t),new Date(p).toISOString()}function gr(r,e){return new Date(r.getTime()+se(r,e)).toISOString().slice(0,10)}function ae(r){if(!r)return;const e=r.trim();return/^#?[0-9a-fA-F]{6}([0-9a-fA-F]{2})?$/.test(e)||/^#?[0-9a-fA-F]{3}$/.test(e)?e.startsWith("#")?e:`#${e}`:void 0}function _r(r){const e=new Set;for(const t of r.split(/[,;]/)){const n=t.trim();n&&e.add(n)}return[...e]}const Rt=/[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;function Je(r){return r.replace(Rt,e=>`[U+${e.codePointAt(0).toString(16).toUpperCase().padStart(4,"0")}]`)}function yr(r){return b`<bdi class="fname" dir="auto">${Je(r)}</bdi>`}const y="print_logger";function Ut(r){const e={};for(const[t,n]of Object.entries(r))n==null||n===""||Array.isArray(n)&&n.length===0||(e[t]=n);return e}function vr(r){if(r&&typeof r=="object"){const e=r.errors;if(e&&typeof e=="object")return Object.fromEntries(Object.entries(e).filter(t=>typeof t[1]=="string"))}return{}}function $r(r){if(r&&typeof r=="object"){const e=r.translation_key;if(typeof e=="string")return e}}function wr(r){if(r&&typeof r=="object"){const e=r;if(typeof e.message=="string"&&e.message)return e.message;if(typeof e.error=="string"&&e.error)return e.error;if(typeof e.code=="string"&&e.code)return e.code}return typeof r=="string"?r:u("common.unknown_error")}const Vt=2e4,K=new Map;function qe(r,e){return{type:`${y}/${r}`,...Ut(e)}}function Ar(r){const e=window.hassConnection;if(!e)return!1;for(const[t,n]of r){const o=qe(t,n),i=e.then(({conn:s})=>s.sendMessagePromise(o));i.catch(()=>{}),K.set(JSON.stringify(o),{at:Date.now(),answer:i})}return!0}function Dt(r){const e=JSON.stringify(r),t=K.get(e);if(t&&(K.delete(e),!(Date.now()-t.at>Vt)))return t.answer}class kr{constructor(e){this.hass=e}call(e,t={}){const n=qe(e,t),o=K.size?Dt(n):void 0;return o?o.catch(()=>this.hass.callWS(n)):this.hass.callWS(n)}getMaintenance(e){return this.call("maintenance/get",{printer_ids:e})}createTask(e){return this.hass.callWS({type:`${y}/maintenance/tasks/create`,...e})}updateTask(e,t){return this.hass.callWS({type:`${y}/maintenance/tasks/update`,task_id:e,...t})}deleteTask(e){return this.call("maintenance/tasks/delete",{task_id:e})}logMaintenance(e){return this.call("maintenance/log/create",e)}deleteLogEntry(e){return this.call("maintenance/log/delete",{entry_id:e})}listPrinters(){return this.call("printers/list")}listJobs(e){return this.call("jobs/list",e)}async getJob(e){return(await this.call("jobs/get",{job_id:e})).job}async createJob(e){return(await this.call("jobs/create",e)).job}async updateJob(e,t){return(await this.hass.callWS({type:`${y}/jobs/update`,job_id:e,...t})).job}async deleteJobs(e){return(await this.call("jobs/delete",{job_ids:e})).deleted}listFiles(e){return this.call("files/list",e)}getFile(e){return this.call("files/get",{file_id:e})}startPrint(e,t,n=!1,o=!1){return this.call("print/start",{printer_id:e,filename:t,copy:n,confirm:o})}limits(){return this.call("limits")}summary(e){return this.call("analytics/summary",e)}timeseries(e,t,n){return this.call("analytics/timeseries",{...e,bucket:t,metric:n})}breakdown(e,t){return this.call("analytics/breakdown",{...e,by:t})}spoolBreakdown(e,t){return this.call("analytics/spools",{...e,by:t})}subscribe(e){return this.hass.connection.subscribeMessage(e,{type:`${y}/subscribe`})}fetch(e,t={}){if(this.hass.fetchWithAuth)return this.hass.fetchWithAuth(e,t);const n=this.hass.auth?.data?.access_token,o=this.hass.auth?.data?.hassUrl??"";return fetch(o+e,{...t,headers:{...t.headers??{},...n?{Authorization:`Bearer ${n}`}:{}}})}async thumbnail(e){const t=await this.fetch(`/api/${y}/jobs/${encodeURIComponent(e)}/thumbnail`);if(t.status===404)return null;if(!t.ok)throw new Error(`thumbnail: HTTP ${t.status}`);return t.blob()}async photo(e,t=!1){const n=t?"?size=thumb":"",o=await this.fetch(`/api/${y}/photos/${encodeURIComponent(e)}${n}`);if(o.status===404)return null;if(!o.ok)throw new Error(`photo: HTTP ${o.status}`);return o.blob()}async uploadPhoto(e,t){const n=new FormData;n.append("file",t,t instanceof File?t.name:"photo.jpg");const o=await this.fetch(`/api/${y}/jobs/${encodeURIComponent(e)}/photos`,{method:"POST",body:n}),i=await o.json().catch(()=>({}));if(!o.ok||!i.photo){const s=i.errors?Object.values(i.errors).join("; "):"";throw new Error(s||i.message||`HTTP ${o.status}`)}return i.photo}async deletePhoto(e){return(await this.call("photos/delete",{photo_id:e})).deleted}}class xr{get active(){return this.pending!==void 0}start(e,t,n){this.stop(),this.pending=e.subscribe(t).catch(o=>{n?.(o)})}stop(){const e=this.pending;this.pending=void 0,e?.then(t=>t?.()).catch(()=>{})}}function Ke(r,e){customElements.get(r)||customElements.define(r,e)}function Ft(r,e,t){r.dispatchEvent(new CustomEvent(e,{detail:t,bubbles:!0,composed:!0}))}const He="/print-log";function jr(){const r=window.location.pathname;return r===He||r.startsWith(`${He}/`)}function Er(r,e){return[{id:"jobs",label:u("kpi.jobs"),value:g(r.jobs,e),sub:u("kpi.jobs_sub",{completed:g(r.completed,e),failed:g(r.failed,e),cancelled:g(r.cancelled,e)})},{id:"success_rate",label:u("kpi.success_rate"),value:Pt(r.success_rate,e),sub:r.in_progress?u("kpi.printing_now",{count:r.in_progress,n:g(r.in_progress,e)}):void 0},{id:"print_hours",label:u("kpi.print_time"),value:V(r.print_hours,"hours",e,1),sub:r.avg_print_hours!==null&&r.avg_print_hours!==void 0?u("kpi.hours_per_job",{hours:g(r.avg_print_hours,e,2)}):void 0},{id:"filament",label:u("kpi.filament"),value:Mt(r.filament_g,r.filament_mm,e),sub:r.filament_mm?V(r.filament_mm/1e3,"metres",e,1):void 0},{id:"cost",label:u("kpi.cost"),value:q(r.cost,e)}]}var Sr="M22,21H2V3H4V19H6V10H10V19H12V6H16V19H18V14H22V21Z",Lr="M15.41,16.58L10.83,12L15.41,7.41L14,6L8,12L14,18L15.41,16.58Z",Cr="M8.59,16.58L13.17,12L8.59,7.41L10,6L16,12L10,18L8.59,16.58Z",It="M19,6.41L17.59,5L12,10.59L6.41,5L5,6.41L10.59,12L5,17.59L6.41,19L12,13.41L17.59,19L19,17.59L13.41,12L19,6.41Z",Pr="M19,4H15.5L14.5,3H9.5L8.5,4H5V6H19M6,19A2,2 0 0,0 8,21H16A2,2 0 0,0 18,19V7H6V19Z",Mr="M4 4V22H20V24H4C2.9 24 2 23.1 2 22V4H4M15 7H20.5L15 1.5V7M8 0H16L22 6V18C22 19.11 21.11 20 20 20H8C6.89 20 6 19.1 6 18V2C6 .89 6.89 0 8 0M17 16V14H8V16H17M20 12V10H8V12H20Z",Tr="M6,13H18V11H6M3,6V8H21V6M10,18H14V16H10V18Z",Hr="M3,6H21V8H3V6M3,11H21V13H3V11M3,16H21V18H3V16Z",Nr="M20.71,7.04C21.1,6.65 21.1,6 20.71,5.63L18.37,3.29C18,2.9 17.35,2.9 16.96,3.29L15.12,5.12L18.87,8.87M3,17.25V21H6.75L17.81,9.93L14.06,6.18L3,17.25Z",Or="M19,13H13V19H11V13H5V11H11V5H13V11H19V13Z",Bt="M19,6A1,1 0 0,0 20,5A1,1 0 0,0 19,4A1,1 0 0,0 18,5A1,1 0 0,0 19,6M19,2A3,3 0 0,1 22,5V11H18V7H6V11H2V5A3,3 0 0,1 5,2H19M18,18.25C18,18.63 17.79,18.96 17.47,19.13L12.57,21.82C12.4,21.94 12.21,22 12,22C11.79,22 11.59,21.94 11.43,21.82L6.53,19.13C6.21,18.96 6,18.63 6,18.25V13C6,12.62 6.21,12.29 6.53,12.12L11.43,9.68C11.59,9.56 11.79,9.5 12,9.5C12.21,9.5 12.4,9.56 12.57,9.68L17.47,12.12C17.79,12.29 18,12.62 18,13V18.25M12,11.65L9.04,13L12,14.6L14.96,13L12,11.65M8,17.66L11,19.29V16.33L8,14.71V17.66M16,17.66V14.71L13,16.33V19.29L16,17.66Z",Rr="M17.65,6.35C16.2,4.9 14.21,4 12,4A8,8 0 0,0 4,12A8,8 0 0,0 12,20C15.73,20 18.84,17.45 19.73,14H17.65C16.83,16.33 14.61,18 12,18A6,6 0 0,1 6,12A6,6 0 0,1 12,6C13.66,6 15.14,6.69 16.22,7.78L13,11H20V4L17.65,6.35Z",Ur="M12,17.27L18.18,21L16.54,13.97L22,9.24L14.81,8.62L12,2L9.19,8.62L2,9.24L7.45,13.97L5.82,21L12,17.27Z",Vr="M12,15.39L8.24,17.66L9.23,13.38L5.91,10.5L10.29,10.13L12,6.09L13.71,10.13L18.09,10.5L14.77,13.38L15.76,17.66M22,9.24L14.81,8.63L12,2L9.19,8.63L2,9.24L7.45,13.97L5.82,21L12,17.27L18.18,21L16.54,13.97L22,9.24Z",Dr="M5,4H19A2,2 0 0,1 21,6V18A2,2 0 0,1 19,20H5A2,2 0 0,1 3,18V6A2,2 0 0,1 5,4M5,8V12H11V8H5M13,8V12H19V8H13M5,14V18H11V14H5M13,14V18H19V14H13Z",Fr="M22.7,19L13.6,9.9C14.5,7.6 14,4.9 12.1,3C10.1,1 7.1,0.6 4.7,1.7L9,6L6,9L1.6,4.7C0.4,7.1 0.9,10.1 2.9,12.1C4.8,14 7.5,14.5 9.8,13.6L18.9,22.7C19.3,23.1 19.9,23.1 20.3,22.7L22.6,20.4C23.1,20 23.1,19.3 22.7,19Z";function Ye(r,e){return e?b`<svg class="icon" viewBox="0 0 24 24" role="img" aria-label=${e}><path d=${r}></path></svg>`:b`<svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d=${r}></path></svg>`}const zt=D`
  :host {
    --pl-ok: var(--success-color, #43a047);
    --pl-warn: var(--warning-color, #ffa600);
    --pl-error: var(--error-color, #db4437);
    --pl-active: var(--info-color, #039be5);
    --pl-radius: var(--ha-card-border-radius, 12px);
    --pl-border: 1px solid var(--divider-color, rgba(0, 0, 0, 0.12));
    --pl-surface: var(--card-background-color, var(--ha-card-background, #fff));
    --pl-muted: var(--secondary-text-color, #727272);
    color: var(--primary-text-color, #212121);
    font-family: var(--ha-font-family-body, var(--paper-font-body1_-_font-family, Roboto, sans-serif));
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  button,
  input,
  select,
  textarea {
    font: inherit;
    color: inherit;
  }
  input,
  select,
  textarea {
    background: var(--pl-surface);
    border: 1px solid var(--divider-color, #ccc);
    border-radius: 6px;
    padding: 6px 8px;
    min-height: 36px;
    max-width: 100%;
  }
  textarea {
    resize: vertical;
    min-height: 64px;
    width: 100%;
  }
  :focus-visible {
    outline: 2px solid var(--primary-color, #03a9f4);
    outline-offset: 2px;
  }
  .btn {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 6px;
    min-height: 36px;
    padding: 0 14px;
    border-radius: 18px;
    border: 1px solid var(--primary-color, #03a9f4);
    background: transparent;
    color: var(--primary-color, #03a9f4);
    cursor: pointer;
    white-space: nowrap;
  }
  .btn.primary {
    background: var(--primary-color, #03a9f4);
    color: var(--text-primary-color, #fff);
  }
  .btn.danger {
    border-color: var(--pl-error);
    color: var(--pl-error);
  }
  .btn.danger.primary {
    background: var(--pl-error);
    color: #fff;
  }
  .btn[disabled] {
    opacity: 0.5;
    cursor: default;
  }
  .icon-btn {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    width: 40px;
    height: 40px;
    border-radius: 50%;
    border: none;
    background: transparent;
    color: inherit;
    cursor: pointer;
    padding: 0;
  }
  .icon-btn:hover,
  .btn:hover {
    background-color: rgba(127, 127, 127, 0.12);
  }
  .btn.primary:hover {
    filter: brightness(1.08);
    background: var(--primary-color, #03a9f4);
  }
  svg.icon {
    width: 24px;
    height: 24px;
    fill: currentColor;
    flex: none;
  }
  .card {
    background: var(--pl-surface);
    border-radius: var(--pl-radius);
    box-shadow: var(--ha-card-box-shadow, none);
    border: var(--ha-card-border-width, 1px) solid var(--ha-card-border-color, var(--divider-color, #e0e0e0));
  }
  .muted {
    color: var(--pl-muted);
  }
  .chip {
    display: inline-block;
    padding: 2px 8px;
    border-radius: 10px;
    font-size: 0.85em;
    line-height: 1.4;
    white-space: nowrap;
    border: 1px solid currentColor;
  }
  .status-ok {
    color: var(--pl-ok);
  }
  .status-warn {
    color: var(--pl-warn);
  }
  .status-error {
    color: var(--pl-error);
  }
  .status-active {
    color: var(--pl-active);
  }
  .tag {
    display: inline-block;
    padding: 1px 8px;
    margin: 1px 2px 1px 0;
    border-radius: 10px;
    background: var(--secondary-background-color, rgba(127, 127, 127, 0.15));
    font-size: 0.85em;
  }
  .error-banner {
    padding: 10px 14px;
    border-radius: 8px;
    border: 1px solid var(--pl-error);
    color: var(--pl-error);
    display: flex;
    gap: 12px;
    align-items: center;
    justify-content: space-between;
    flex-wrap: wrap;
  }
  .sr-only {
    position: absolute;
    width: 1px;
    height: 1px;
    padding: 0;
    margin: -1px;
    overflow: hidden;
    clip: rect(0, 0, 0, 0);
    white-space: nowrap;
    border: 0;
  }
  .swatch {
    display: inline-block;
    width: 12px;
    height: 12px;
    border-radius: 50%;
    border: 1px solid var(--divider-color, #999);
    vertical-align: middle;
  }
`;var Wt=Object.defineProperty,I=(r,e,t,n)=>{for(var o=void 0,i=r.length-1,s;i>=0;i--)(s=r[i])&&(o=s(e,t,o)||o);return o&&Wt(e,t,o),o};const be=class be extends L{constructor(){super(...arguments),this.heading="",this.open=!1,this.wide=!1,this.hasActions=!1,this.opener=null}render(){return b`<dialog
      class=${this.wide?"wide":""}
      aria-labelledby="title"
      @cancel=${this.onCancel}
      @close=${this.onClose}
    >
      <div class="frame">
        <header>
          <h2 id="title">${this.heading}</h2>
          <button class="icon-btn" aria-label=${u("common.close")} @click=${this.close}>${Ye(It)}</button>
        </header>
        <div class="content"><slot></slot></div>
        <footer class=${this.hasActions?"has-actions":""}>
          <slot
            name="actions"
            @slotchange=${e=>this.hasActions=e.target.assignedElements().length>0}
          ></slot>
        </footer>
      </div>
    </dialog>`}updated(e){!e.has("open")||!this.dialog||(this.open&&!this.dialog.open?(this.opener=Zt(),this.dialog.showModal()):!this.open&&this.dialog.open&&this.dialog.close())}close(){this.open=!1}onCancel(e){e.preventDefault(),this.open=!1}onClose(){this.open=!1,this.opener instanceof HTMLElement&&this.opener.isConnected&&this.opener.focus(),this.opener=null,Ft(this,"closed")}};be.styles=[zt,D`
      dialog {
        border: none;
        padding: 0;
        border-radius: var(--ha-dialog-border-radius, 16px);
        background: var(--mdc-theme-surface, var(--card-background-color, #fff));
        color: var(--primary-text-color);
        width: min(560px, calc(100vw - 24px));
        max-height: calc(100vh - 48px);
        box-shadow: 0 8px 32px rgba(0, 0, 0, 0.35);
      }
      dialog.wide {
        width: min(960px, calc(100vw - 24px));
      }
      dialog::backdrop {
        background: rgba(0, 0, 0, 0.45);
      }
      .frame {
        display: flex;
        flex-direction: column;
        max-height: calc(100vh - 48px);
      }
      header {
        display: flex;
        align-items: center;
        gap: 8px;
        padding: 12px 8px 8px 20px;
      }
      h2 {
        flex: 1;
        margin: 0;
        font-size: 1.25rem;
        font-weight: 500;
        overflow-wrap: anywhere;
      }
      .content {
        padding: 0 20px 12px;
        overflow: auto;
      }
      footer {
        display: flex;
        justify-content: flex-end;
        flex-wrap: wrap;
        gap: 8px;
        padding: 12px 20px 16px;
        border-top: var(--pl-border);
      }
      footer:not(.has-actions) {
        display: none;
      }
      @media (max-width: 600px) {
        dialog,
        dialog.wide {
          width: 100vw;
          max-width: 100vw;
          height: 100%;
          max-height: 100%;
          border-radius: 0;
        }
        .frame {
          max-height: 100%;
          height: 100%;
        }
        .content {
          flex: 1;
        }
      }
    `];let $=be;I([T()],$.prototype,"heading");I([T({type:Boolean,reflect:!0})],$.prototype,"open");I([T({type:Boolean})],$.prototype,"wide");I([kt("dialog")],$.prototype,"dialog");I([Ie()],$.prototype,"hasActions");function Zt(){let r=document.activeElement;for(;r?.shadowRoot?.activeElement;)r=r.shadowRoot.activeElement;return r}Ke("pl-dialog",$);function Ir(r){return r.end_photo_id?`p:${r.end_photo_id}`:r.has_thumbnail?`t:${r.id}`:""}const Jt=300,k=new Map;function Ne(r,e){for(k.delete(r),k.set(r,e);k.size>Jt;){const[t,n]=k.entries().next().value;k.delete(t),n.then(o=>o&&URL.revokeObjectURL(o))}}function qt(r,e){const t=k.get(e);if(t)return Ne(e,t),t;const n=e.slice(2),i=(e.startsWith("p:")?r.photo(n,!0):r.thumbnail(n)).then(s=>s?URL.createObjectURL(s):null,()=>(k.delete(e),null));return Ne(e,i),i}var Kt=Object.defineProperty,me=(r,e,t,n)=>{for(var o=void 0,i=r.length-1,s;i>=0;i--)(s=r[i])&&(o=s(e,t,o)||o);return o&&Kt(e,t,o),o};const ge=class ge extends L{constructor(){super(...arguments),this.key="",this.visible=!1,this.loaded=""}connectedCallback(){super.connectedCallback(),this.observer=new IntersectionObserver(e=>{this.visible=e.some(t=>t.isIntersecting),this.visible&&this.load()}),this.observer.observe(this)}disconnectedCallback(){super.disconnectedCallback(),this.observer?.disconnect()}updated(e){e.has("key")&&this.loaded!==this.key&&(this.url=void 0,this.loaded="",this.visible&&this.load())}async load(){const e=this.key;if(!this.api||!e||this.loaded===e)return;this.loaded=e;const t=await qt(this.api,e);this.key===e&&(this.url=t)}render(){return this.url?b`<img src=${this.url} alt="" data-loaded=${this.key} />`:this.url===null||!this.key?Ye(Bt):b``}};ge.styles=D`
    :host {
      display: inline-flex;
      align-items: center;
      justify-content: center;
      flex: none;
      width: var(--pl-thumb-width, 40px);
      height: var(--pl-thumb-height, 30px);
      vertical-align: middle;
      border-radius: 4px;
      overflow: hidden;
      background: var(--secondary-background-color, #eee);
      color: var(--disabled-text-color, #9e9e9e);
    }
    img {
      width: 100%;
      height: 100%;
      object-fit: cover;
      display: block;
    }
    svg {
      width: 60%;
      height: 60%;
      fill: currentColor;
    }
  `;let P=ge;me([T({attribute:!1})],P.prototype,"api");me([T({reflect:!0})],P.prototype,"key");me([Ie()],P.prototype,"url");Ke("pl-photo-thumb",P);function Br(r){const e=r.current_job;return e?e.estimated_time&&e.estimated_time>0?Math.max(e.estimated_time-e.print_duration,0):e.progress>.01&&e.print_duration>0?e.print_duration*(1/e.progress-1):null:null}const Yt=["standby","printing","paused","complete","cancelled","error"];function zr(r){if(!r.online)return u("printer.offline");const e=r.print_state||"standby",t=`printer.${e}`;return Yt.includes(e)?u(t):e.charAt(0).toUpperCase()+e.slice(1).replace(/_/g," ")}function Wr(r,e){if(e.type==="printer")return r.some(n=>n.id===e.printer.id)?r.map(n=>n.id===e.printer.id?e.printer:n):[...r,e.printer];if(e.type==="job_changed"){const t=e.job;return r.map(n=>n.id!==t.printer_id?n:t.status==="in_progress"?{...n,current_job:t}:n.current_job?.id===t.id?{...n,current_job:null}:n)}return r}function Gt(r,e){if(r.status!=="in_progress")return!1;const t=e.find(n=>n.id===r.printer_id);return!!t&&t.online&&t.print_state==="paused"&&t.current_job?.id===r.id}function Zr(r,e){return Gt(r,e)?b`<span class="chip status-warn" data-paused>${u("printer.paused")}</span>`:Ot(r.status)}const Xt={ATTRIBUTE:1,CHILD:2},Qt=r=>(...e)=>({_$litDirective$:r,values:e});let er=class{constructor(e){}get _$AU(){return this._$AM._$AU}_$AT(e,t,n){this._$Ct=e,this._$AM=t,this._$Ci=n}_$AS(e,t){return this.update(e,t)}update(e,t){return this.render(...t)}};const Ge="important",tr=" !"+Ge,rr=Qt(class extends er{constructor(r){if(super(r),r.type!==Xt.ATTRIBUTE||r.name!=="style"||r.strings?.length>2)throw Error("The `styleMap` directive must be used in the `style` attribute and must be the only part in the attribute.")}render(r){return Object.keys(r).reduce((e,t)=>{const n=r[t];return n==null?e:e+`${t=t.includes("-")?t:t.replace(/(?:^(webkit|moz|ms|o)|)(?=[A-Z])/g,"-$&").toLowerCase()}:${n};`},"")}update(r,[e]){const{style:t}=r.element;if(this.ft===void 0)return this.ft=new Set(Object.keys(e)),this.render(e);for(const n of this.ft)e[n]==null&&(this.ft.delete(n),n.includes("-")?t.removeProperty(n):t[n]=null);for(const n in e){const o=e[n];if(o!=null){this.ft.add(n);const i=typeof o=="string"&&o.endsWith(tr);n.includes("-")||i?t.setProperty(n,i?o.slice(0,-11):o,i?Ge:""):t[n]=o}}return E}});function qr(r){return Math.round(r.progress*100)}function Kr(r){return nr(r.progress,u("live.progress_of",{file:Je(r.filename)}))}function nr(r,e,t){const n=Math.min(Math.max(r,0),1);return b`<div
    class="progress ${t??""}"
    role="progressbar"
    aria-label=${e}
    aria-valuemin="0"
    aria-valuemax="100"
    aria-valuenow=${Math.round(n*100)}
  >
    <div style=${rr({width:`${Math.round(n*1e3)/10}%`})}></div>
  </div>`}const Yr=D`
  .progress {
    height: 6px;
    border-radius: 3px;
    background: var(--secondary-background-color, rgba(127, 127, 127, 0.2));
    overflow: hidden;
  }
  .progress > div {
    height: 100%;
    background: var(--primary-color, #03a9f4);
  }
  .progress.warn > div {
    background: var(--pl-warn, #ffa600);
  }
  .progress.error > div {
    background: var(--pl-error, #db4437);
  }
`;function Xe(r){const e=[r.vendor,r.filament_name].filter(Boolean).join(" ");return e?`#${r.spool_id} ${e}`:`#${r.spool_id}`}function Qe(r){const e=(r.multi_color_hexes??"").split(",").map(t=>ae(t)).filter(t=>!!t);if(e.length>1){const t=100/e.length;return`linear-gradient(90deg, ${e.map((n,o)=>`${n} ${o*t}% ${(o+1)*t}%`).join(", ")})`}return ae(r.color_hex)}function Gr(r,e){return r?.length?b`<span class="spools" data-spools=${r.map(t=>t.spool_id).join(",")}>
    ${r.map(t=>{const n=Qe(t),o=t.weight_g!==void 0?Q(t.weight_g,e,1):"",i=[Xe(t),t.material,o].filter(Boolean).join(" · ");return b`<span class="spool-chip" title=${i} aria-label=${i}>
        <span class="spool-dot" style=${n?`background:${n}`:""}></span>${t.filament_name??`#${t.spool_id}`}
      </span>`})}
  </span>`:f}function Xr(r,e,t){return b`<table class="spool-table">
    <thead>
      <tr>
        <th>${u("spools.spool")}</th>
        <th>${u("spools.material")}</th>
        <th class="num">${u("spools.length")}</th>
        <th class="num">${u("spools.weight")}</th>
        <th class="num">${u("kpi.cost")}</th>
      </tr>
    </thead>
    <tbody>
      ${r.map(n=>{const o=Qe(n);return b`<tr data-spool-id=${n.spool_id}>
          <td><span class="spool-dot" style=${o?`background:${o}`:""}></span> ${Xe(n)}</td>
          <td>${n.material??"—"}</td>
          <td class="num">${g(n.length_mm/1e3,t,2)} m</td>
          <td class="num">${n.weight_g!==void 0?Q(n.weight_g,t,1):"—"}</td>
          <td class="num">${q(n.cost??null,t)}</td>
        </tr>`})}
    </tbody>
    <tfoot>
      <tr>
        <td colspan="4">${u("spools.filament_cost")}</td>
        <td class="num">${q(e,t)}</td>
      </tr>
    </tfoot>
  </table>`}function Qr(r,e,t){return r.map(n=>{const o={key:n.key===null?"":String(n.key),label:n.key===null?u("common.unknown"):n.label,value:n.filament_g,display:Q(n.filament_g,e,0),note:[u("common.n_jobs",{count:n.jobs,n:g(n.jobs,e)}),n.cost!==null?q(n.cost,e):""].filter(Boolean).join(" · ")},i=t?ae(n.color_hex):void 0;return i&&(o.colour=i),o})}const en=D`
  .spools {
    display: flex;
    flex-wrap: wrap;
    justify-content: flex-end;
    gap: 4px;
    margin-top: 2px;
    white-space: normal;
  }
  .spool-chip {
    display: inline-flex;
    align-items: center;
    gap: 4px;
    padding: 1px 8px 1px 3px;
    border-radius: 12px;
    border: 1px solid var(--divider-color, #ddd);
    font-size: 0.85em;
    white-space: nowrap;
  }
  .spool-dot {
    display: inline-block;
    width: 12px;
    height: 12px;
    border-radius: 50%;
    border: 1px solid var(--divider-color, #999);
    background: var(--disabled-text-color, #bbb);
    vertical-align: middle;
  }
  .spool-table {
    border-collapse: collapse;
    width: 100%;
  }
  .spool-table th,
  .spool-table td {
    padding: 4px 8px;
    text-align: start;
    border-bottom: 1px solid var(--divider-color, #ddd);
  }
  .spool-table .num {
    text-align: end;
  }
`;export{Nr as $,f as A,Er as B,T as C,Ie as D,Ft as E,Ke as F,ae as G,jr as H,dr as I,He as J,hr as K,xr as L,ar as M,Qt as N,er as O,kr as P,br as Q,_r as R,Ht as S,vr as T,Tr as U,Pr as V,Or as W,Xt as X,E as Y,Lr as Z,Cr as _,u as a,Fr as a0,q as a1,Gr as a2,Ur as a3,Vr as a4,gr as a5,Rr as a6,A as a7,Ar as a8,Hr as a9,Dr as aa,Mr as ab,Sr as ac,g as ad,Pt as ae,Ot as af,V as ag,rr as ah,et as ai,kt as aj,Qr as ak,nr as al,$r as am,sr as an,Xr as ao,zt as b,D as c,cr as d,wr as e,pr as f,Wr as g,b as h,L as i,zr as j,Je as k,ur as l,yr as m,qr as n,Kr as o,Yr as p,fr as q,Br as r,en as s,Ir as t,Q as u,Zr as v,mr as w,Mt as x,Ye as y,Bt as z};
/**
 * @license
 * Copyright 2019 Google LLC
 * SPDX-License-Identifier: BSD-3-Clause
 */
/**
 * @license
 * Copyright 2017 Google LLC
 * SPDX-License-Identifier: BSD-3-Clause
 */
/**
 * @license
 * Copyright 2018 Google LLC
 * SPDX-License-Identifier: BSD-3-Clause
 */
